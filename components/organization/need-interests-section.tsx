import { getFormatter, getTranslations } from "next-intl/server";
import { CandidateCard } from "@/components/organization/candidate-card";
import { InlineActionForm } from "@/components/organization/inline-action-form";
import type { NeedInterest } from "@/lib/data/needs/list-need-interests";
import type { FormState } from "@/lib/http/form-state";

const inputClass = "rounded-md border border-gray-400 bg-white px-3 py-2 text-base";

type Props = {
  interests: NeedInterest[];
  /** The need's ids, posted with every answer. */
  hidden: Record<string, string>;
  answerAction: (prev: FormState, formData: FormData) => Promise<FormState>;
};

/** A need's interests on the organisation's workspace: each volunteer's professional profile and a form to answer. */
export async function NeedInterestsSection({ interests, hidden, answerAction }: Props) {
  const t = await getTranslations("organization");
  const tn = await getTranslations("needs");
  const format = await getFormatter();
  return (
    <section aria-labelledby="interests-heading" className="flex flex-col gap-3">
      <h2 id="interests-heading" className="text-xl font-semibold">
        {t("need.interestsTitle")}
      </h2>
      {interests.length === 0 ? <p>{t("need.interestsNone")}</p> : null}
      <ul className="flex flex-col gap-3">
        {interests.map((i) => (
          <li key={i.id} className="rounded-card border border-gray-200 bg-surface p-4">
            {i.profile ? <CandidateCard profile={i.profile} /> : null}
            <p className="mt-2 text-sm">
              {t("need.interestStatus", { status: tn(`detail.interestStatuses.${i.status}`) })} ·{" "}
              <span className={i.overdue ? "font-semibold text-danger" : ""}>
                {i.overdue ? `${t("need.overdue")}: ` : ""}
                {t("need.replyBy", { date: format.dateTime(i.replyBy, { dateStyle: "medium" }) })}
              </span>
            </p>
            {i.note ? (
              <p className="mt-1 text-sm">
                <span className="font-medium">{t("need.volunteerNote")}:</span> {i.note}
              </p>
            ) : null}
            {i.reason ? <p className="mt-1 text-sm">{i.reason}</p> : null}
            <InlineActionForm
              action={answerAction}
              hidden={{ ...hidden, interestId: i.id }}
              submitLabel={t("need.answerSubmit")}
              className="mt-3"
              label={`${t("need.answer")}: ${i.profile?.fullName ?? ""}`}
            >
              <fieldset className="flex flex-col gap-1">
                <legend className="font-medium">{t("need.answer")}</legend>
                <div className="flex flex-wrap gap-4">
                  {(["seen", "shortlisted", "not_suitable"] as const).map((s) => (
                    <label key={s} className="inline-flex items-center gap-2">
                      <input type="radio" name="status" value={s} defaultChecked={i.status === s || (i.status === "sent" && s === "seen")} />{" "}
                      {t(`need.answers.${s}`)}
                    </label>
                  ))}
                </div>
              </fieldset>
              <label htmlFor={`reason-${i.id}`} className="text-sm font-medium">
                {t("need.answerReason")}
              </label>
              <input id={`reason-${i.id}`} name="reason" maxLength={1000} className={inputClass} />
            </InlineActionForm>
          </li>
        ))}
      </ul>
    </section>
  );
}
