import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { DecisionForm } from "@/components/coordination/decision-form";
import { requirePageActor } from "@/lib/auth/page";
import { orNotFound } from "@/lib/http/or-not-found";
import { getVolunteerVerification } from "@/lib/data/verification/get-volunteer-verification";
import { countryDisplayName, referenceName } from "@/lib/i18n/reference-names";
import { rejectLicenceAction, setLevelAction } from "../actions";
import { getWhen } from "@/lib/i18n/when-server";

export async function generateMetadata() {
  return { title: (await getTranslations("everyday.titles"))("verificationReview") };
}

export default async function VolunteerVerificationPage({ params }: { params: Promise<{ volunteerId: string }> }) {
  const actor = await requirePageActor("volunteer.verify");
  const { volunteerId } = await params;
  const [t, locale] = await Promise.all([getTranslations("coordinator"), getLocale()]);
  const v = await orNotFound(getVolunteerVerification(actor, volunteerId));
  const when = await getWhen();
  const day = (d: string | null) => (d ? when.day(d) : t("verification.noExpiry"));
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/coordinator/verification" className="text-brand-800 underline">
          {t("verification.back")}
        </Link>
      </p>
      <PageTitle>{t("verification.reviewTitle", { name: v.name })}</PageTitle>
      <Card title={t("verification.summary")}>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className="font-medium">{t("verification.email")}</dt>
          <dd>{v.email}</dd>
          <dt className="font-medium">{t("verification.profession")}</dt>
          <dd>{v.profession && v.professionCode ? referenceName(locale, "professions", v.professionCode, v.profession) : "–"}</dd>
          <dt className="font-medium">{t("verification.country")}</dt>
          <dd>{v.country && v.countryCode ? countryDisplayName(locale, v.countryCode, v.country) : "–"}</dd>
          <dt className="font-medium">{t("verification.level")}</dt>
          <dd>
            {t("verification.levelN", { level: v.level })}
            {v.validUntil ? ` · ${t("verification.validUntil", { date: day(v.validUntil) })}` : ""}
            {v.effectiveLevel !== v.level ? <span className="ml-2 font-medium text-danger">{t("verification.expired")}</span> : null}
          </dd>
        </dl>
      </Card>

      <section aria-labelledby="licences-heading" className="flex flex-col gap-3">
        <h2 id="licences-heading" className="text-xl font-semibold">
          {t("verification.licences")}
        </h2>
        {v.licences.length === 0 ? <p>{t("verification.noLicences")}</p> : null}
        {v.licences.map((l) => (
          <Card key={l.id} headingLevel={3} title={`${l.authority} · ${l.country}${l.region ? ` (${l.region})` : ""}`}>
            <dl className="mb-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt className="font-medium">{t("verification.number")}</dt>
              <dd className="font-mono">{l.number}</dd>
              <dt className="font-medium">{t("verification.validity")}</dt>
              <dd>{t("verification.validFromTo", { from: day(l.validFrom), to: day(l.validTo) })}</dd>
              <dt className="font-medium">{t("verification.licenceStatus")}</dt>
              <dd>{t(`licenceStatus.${l.status}` as never)}</dd>
              <dt className="font-medium">{t("verification.document")}</dt>
              <dd>
                {l.documentHref ? (
                  <a href={l.documentHref} className="text-brand-800 underline">
                    {t("verification.openDocument", { name: l.documentName ?? "" })}
                  </a>
                ) : (
                  t("verification.noDocument")
                )}
              </dd>
            </dl>
            {l.status !== "rejected" ? (
              <details>
                <summary className="cursor-pointer text-brand-800 underline">{t("verification.rejectLicence")}</summary>
                <div className="mt-2">
                  <DecisionForm
                    idPrefix={`reject-${l.id}`}
                    action={rejectLicenceAction}
                    hidden={{ licenceId: l.id }}
                    fields={[{ name: "note", label: t("verification.rejectNote"), type: "textarea", required: true }]}
                    submitLabel={t("verification.rejectLicence")}
                    variant="danger"
                  />
                </div>
              </details>
            ) : null}
          </Card>
        ))}
      </section>

      <Card title={t("verification.setLevel")}>
        <DecisionForm
          idPrefix="level"
          action={setLevelAction}
          hidden={{ volunteerId: v.volunteerId }}
          fields={[
            {
              name: "level",
              label: t("verification.newLevel"),
              type: "select",
              defaultValue: String(v.level),
              options: [0, 1, 2, 3].map((n) => ({ value: String(n), label: `${t("verification.levelN", { level: n })} – ${t(`levels.${n}` as never)}` })),
            },
            {
              name: "licenceId",
              label: t("verification.restsOn"),
              hint: t("verification.restsOnHint"),
              type: "select",
              options: [
                { value: "", label: t("verification.noLicence") },
                ...v.licences.filter((l) => l.status !== "rejected").map((l) => ({ value: l.id, label: `${l.authority} ${l.number} (${day(l.validTo)})` })),
              ],
              // Issue 11 defect 5: never preselect a licence the coordinator did not choose.
              defaultValue: v.evidenceLicenceId ?? "",
            },
            { name: "note", label: t("verification.note"), hint: t("verification.noteHint"), type: "textarea", required: true },
          ]}
          submitLabel={t("verification.saveLevel")}
        />
      </Card>

      <Card title={t("verification.history")}>
        {v.decisions.length === 0 ? (
          <p>{t("verification.noDecisions")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {v.decisions.map((d, i) => (
              <li key={i}>
                <span className="font-medium">{t("verification.levelN", { level: d.level })}</span> · {when.instant(d.at)} · {d.decidedBy ?? "–"}
                <div className="text-sm">{d.note}</div>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
