import { getLocale, getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { DecisionForm } from "@/components/coordination/decision-form";
import { ReasonList } from "@/components/matching/reason-list";
import { PageLinks } from "@/components/ui/page-links";
import { requirePageActor } from "@/lib/auth/page";
import { getReasonFormatter } from "@/lib/i18n/reason-formatter";
import { explainedItems } from "@/lib/i18n/match-reasons";
import { referenceName } from "@/lib/i18n/reference-names";
import { shortlistForNeed } from "@/lib/data/matching/shortlist-for-need";
import { checkVolunteerForNeed, type VolunteerCheck } from "@/lib/data/matching/check-volunteer";
import { VolunteerCheckCard } from "@/components/matching/volunteer-check";
import { AppError } from "@/lib/errors";
import { proposeFromShortlistAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("everyday.titles"))("shortlist") };
}

export default async function ShortlistPage({
  params,
  searchParams,
}: {
  params: Promise<{ needId: string }>;
  searchParams: Promise<{ page?: string; check?: string }>;
}) {
  const actor = await requirePageActor("match.propose");
  const [t, tInterest, locale] = await Promise.all([getTranslations("matching"), getTranslations("needs.detail.interestStatuses"), getLocale()]);
  const { needId } = await params;
  const sp = await searchParams;
  const list = await shortlistForNeed(actor, { needId, page: sp.page ?? "1" });
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const email = typeof sp.check === "string" ? sp.check : "";
  let check: VolunteerCheck | null = null;
  let invalidEmail = false;
  if (email) {
    try {
      check = await checkVolunteerForNeed(actor, { needId: list.needId, email });
    } catch (e) {
      if (!(e instanceof AppError && e.code === "invalid_input")) throw e;
      invalidEmail = true;
    }
  }
  const fmt = await getReasonFormatter([...list.entries.flatMap((e) => e.reasons), ...explainedItems(check)]);
  return (
    <div className="flex flex-col gap-6">
      <PageTitle>{t("shortlist.title", { title: list.title })}</PageTitle>
      <p>{t("shortlist.intro")}</p>
      <p role="status">{t("shortlist.total", { total: list.total })}</p>
      <ol className="flex flex-col gap-3">
        {list.entries.map((e) => (
          <li key={e.volunteerId} className="rounded-md border border-gray-300 p-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p>
                <span className="mr-2 text-gray-700">
                  {t("shortlist.rank")} {e.rank}
                </span>
                <span className="font-semibold">{e.profile.fullName}</span>
              </p>
              <p className="text-lg font-semibold">{t("shortlist.score", { score: e.score })}</p>
            </div>
            <p className="text-sm">
              {[
                e.profile.profession && e.profile.professionCode ? referenceName(locale, "professions", e.profile.professionCode, e.profile.profession) : null,
                ...e.profile.specialties.map((s) => referenceName(locale, "specialties", s.code, s.name)),
              ]
                .filter(Boolean)
                .join(" · ")}{" "}
              · {t("shortlist.level", { level: e.profile.verificationLevel })} · {t("shortlist.experience", { years: e.profile.yearsExperience })}
            </p>
            {e.interestStatus ? <p className="text-sm">{t("shortlist.interest", { status: tInterest(e.interestStatus as "sent") })}</p> : null}
            <ReasonList reasons={e.reasons} summary={t("reasons", { score: e.score })} format={fmt.reason} />
            <div className="mt-3">
              {e.openProposal ? (
                <p>{t("shortlist.proposed")}</p>
              ) : (
                <DecisionForm
                  action={proposeFromShortlistAction}
                  idPrefix={`propose-${e.volunteerId}`}
                  hidden={{ needId: list.needId, volunteerId: e.volunteerId }}
                  submitLabel={t("shortlist.propose")}
                  pendingLabel={t("shortlist.proposing")}
                  variant="secondary"
                />
              )}
            </div>
          </li>
        ))}
      </ol>
      <PageLinks page={list.page} pages={pages} href={(p) => `?page=${p}`} label={t("shortlist.pageOf", { page: list.page, pages })} />
      <VolunteerCheckCard email={email} result={check} invalid={invalidEmail} fmt={fmt} />
    </div>
  );
}
