import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { VolunteerNav } from "@/components/volunteer/volunteer-nav";
import { requirePageActor } from "@/lib/auth/page";
import { listNeedsForMe } from "@/lib/data/volunteers/needs-for-me";
import { getReasonFormatter } from "@/lib/i18n/reason-formatter";
import { InterestForm } from "./interest-form";
import { getWhen } from "@/lib/i18n/when-server";
import { countNeedsLockedByLevel } from "@/lib/data/volunteers/needs-locked-by-level";
import { LockedNeedsNote } from "@/components/volunteer/locked-needs-note";

export async function generateMetadata() {
  return { title: (await getTranslations("volunteer.needs"))("title") };
}

export default async function NeedsForMePage() {
  const actor = await requirePageActor("interest.manage");
  const t = await getTranslations("volunteer");
  const when = await getWhen();
  const tEveryday = await getTranslations("everyday");
  const [result, locked] = await Promise.all([listNeedsForMe(actor), countNeedsLockedByLevel(actor)]);
  const fmt = await getReasonFormatter(result.needs.flatMap((n) => n.reasons));
  return (
    <div>
      <PageTitle>{t("needs.title")}</PageTitle>
      <VolunteerNav current="needs" />
      <p className="mb-4">{t("needs.intro")}</p>
      {result.consentMissing || result.profileMissing ? null : <LockedNeedsNote locked={locked} />}
      {result.consentMissing ? (
        <p role="status" className="rounded-md border border-amber-600 bg-amber-50 p-3">
          {t("needs.consentMissing")}{" "}
          <Link href="/volunteer/consents" className="text-brand-800 underline">
            {t("nav.consents")}
          </Link>
        </p>
      ) : result.profileMissing ? (
        <p>{t("needs.profileMissing")}</p>
      ) : result.needs.length === 0 ? (
        <p>{t("needs.none")}</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {result.needs.map((n) => (
            <li key={n.id}>
              <Card
                title={
                  <Link href={`/needs/${n.id}`} className="text-brand-800 underline-offset-2 hover:underline">
                    {n.title}
                  </Link>
                }
                headingLevel={2}
              >
                <p className="text-sm text-muted">
                  {n.organizationName}
                  {n.districtName ? ` · ${n.districtName}` : ""} · {n.remote ? t("needs.remote") : t("needs.inPerson")}
                </p>
                <p className="text-sm">
                  {when.halfOpen(n.start, n.end)} ·{" "}
                  {n.minDays === n.maxDays ? tEveryday("stayExactly", { days: n.minDays }) : t("needs.stay", { min: n.minDays, max: n.maxDays })} ·{" "}
                  {t("needs.level", { level: n.minCredentialLevel })}
                </p>
                <p className="mt-2 text-lg font-semibold">{t("needs.score", { score: n.score })}</p>
                <details className="mt-1">
                  <summary className="cursor-pointer text-brand-800 underline">{t("needs.reasons")}</summary>
                  <ul className="ml-5 mt-2 list-disc">
                    {n.reasons.map((r, i) => (
                      <li key={`${r.key}-${i}`}>{fmt.reason(r)}</li>
                    ))}
                  </ul>
                </details>
                <div className="mt-3">
                  {n.interestStatus && n.interestStatus !== "withdrawn" ? (
                    <p>
                      <Link href="/volunteer/interests" className="text-brand-800 underline">
                        {t("needs.interestSent", { status: t(`interests.statuses.${n.interestStatus as "sent"}`) })}
                      </Link>
                    </p>
                  ) : (
                    <InterestForm needId={n.id} title={n.title} />
                  )}
                </div>
              </Card>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
