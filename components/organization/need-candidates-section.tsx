import { getTranslations } from "next-intl/server";
import { CandidateCard } from "@/components/organization/candidate-card";
import { InlineActionForm } from "@/components/organization/inline-action-form";
import type { CandidateList } from "@/lib/data/needs/list-candidates";
import type { FormState } from "@/lib/http/form-state";
import type { ReasonFormatter } from "@/lib/i18n/reason-formatter";

const inputClass = "rounded-md border border-gray-400 bg-white px-3 py-2 text-base";

type Props = {
  candidateList: CandidateList;
  /** False for a draft or a pending organisation: the section says how many, never who. */
  organizationVerified: boolean;
  canRank: boolean;
  hidden: Record<string, string>;
  fmt: ReasonFormatter;
  rankAction: (prev: FormState, formData: FormData) => Promise<FormState>;
};

/** A need's suitable candidates, ranked, with the reasons for each score and the organisation's own preference rank. */
export async function NeedCandidatesSection({ candidateList, organizationVerified, canRank, hidden, fmt, rankAction }: Props) {
  const t = await getTranslations("organization");
  const tn = await getTranslations("needs");
  const candidates = candidateList.candidates;
  return (
    <section aria-labelledby="candidates-heading" className="flex flex-col gap-3">
      <h2 id="candidates-heading" className="text-xl font-semibold">
        {t("need.candidatesTitle")}
      </h2>
      {candidateList.people ? (
        <>
          <p className="text-sm text-muted">{t("need.candidatesIntro")}</p>
          {candidates.length === 0 ? <p>{t("need.candidatesNone")}</p> : null}
        </>
      ) : (
        // DESIGN rule 7: a draft, or a need of an organisation not yet verified, shows a count only.
        <p>{t(organizationVerified ? "need.candidatesDraftCount" : "need.candidatesPendingCount", { count: candidateList.eligibleCount })}</p>
      )}
      <ol className="flex flex-col gap-3">
        {candidates.map((c) => (
          <li key={c.volunteerId} className="rounded-card border border-gray-200 bg-surface p-4">
            <CandidateCard profile={c.profile} />
            <p className="mt-2 text-sm font-medium">
              {c.eligible ? t("need.score", { score: c.score ?? 0 }) : t("need.notEligibleNow")}
              {c.interestStatus ? ` · ${t("need.hasInterest", { status: tn(`detail.interestStatuses.${c.interestStatus as "sent"}`) })}` : ""}
            </p>
            {c.reasons.length ? (
              <details className="mt-1 text-sm">
                <summary className="cursor-pointer text-brand-800">{t("need.whyScore")}</summary>
                <ul className="list-disc pl-5">
                  {c.reasons.map((r) => (
                    <li key={r.key}>{fmt.reason(r)}</li>
                  ))}
                </ul>
              </details>
            ) : null}
            {canRank ? (
              <InlineActionForm
                action={rankAction}
                hidden={{ ...hidden, volunteerId: c.volunteerId }}
                submitLabel={t("need.rankSubmit")}
                variant="secondary"
                className="mt-3"
                label={`${t("need.rank")}: ${c.profile.fullName}`}
              >
                <label htmlFor={`rank-${c.volunteerId}`} className="text-sm font-medium">
                  {t("need.rank")}
                </label>
                <p id={`rank-hint-${c.volunteerId}`} className="text-sm text-muted">
                  {t("need.rankHint")}
                </p>
                <input
                  id={`rank-${c.volunteerId}`}
                  name="rank"
                  type="number"
                  min={1}
                  max={100}
                  defaultValue={c.preferenceRank ?? ""}
                  aria-describedby={`rank-hint-${c.volunteerId}`}
                  className={`${inputClass} w-24`}
                />
              </InlineActionForm>
            ) : c.preferenceRank ? (
              <p className="text-sm">
                {t("need.rank")}: {c.preferenceRank}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
