import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { InlineActionForm } from "@/components/organization/inline-action-form";
import { CandidateCard } from "@/components/organization/candidate-card";
import { requirePageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/policy";
import { getOrgNeed } from "@/lib/data/needs/get-org-need";
import { listNeedInterests } from "@/lib/data/needs/list-need-interests";
import { listCandidates } from "@/lib/data/needs/list-candidates";
import { getReasonFormatter } from "@/lib/i18n/reason-formatter";
import { orNotFound } from "@/lib/http/or-not-found";
import { answerInterestAction, closeNeedAction, duplicateNeedAction, publishNeedAction, rankCandidateAction } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("everyday.titles"))("need") };
}

const inputClass = "rounded-md border border-gray-400 bg-white px-3 py-2 text-base";

export default async function WorkspaceNeedPage({ params }: { params: Promise<{ orgId: string; needId: string }> }) {
  const actor = await requirePageActor("organization.read");
  const { orgId, needId } = await params;
  const need = await orNotFound(getOrgNeed(actor, { needId }));
  if (need.organizationId !== orgId) notFound();
  const [interests, candidateList] = await Promise.all([listNeedInterests(actor, { needId }), listCandidates(actor, { needId })]);
  const candidates = candidateList.candidates;
  const fmt = await getReasonFormatter(candidates.flatMap((c) => c.reasons));
  const t = await getTranslations("organization");
  const tn = await getTranslations("needs");
  const tEveryday = await getTranslations("everyday");
  const format = await getFormatter();
  const f = need.fields;
  const hidden = { organizationId: orgId, needId };
  const editable = need.status === "draft" || need.status === "open";
  const canRank = can(actor, "candidate.rank", { organizationId: orgId }) && editable;
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/organization/${orgId}`} className="text-brand-800 underline">
          {t("need.backToNeeds")}
        </Link>
      </p>
      <div>
        <PageTitle>{f.title}</PageTitle>
        <p className="-mt-4 text-muted">
          {t(`needs.statuses.${need.counts.filled && need.status === "open" ? "filled" : need.status}`)} · {tn(`types.${f.type}`)} · {need.facilityName} ·{" "}
          {tn("window", { start: f.windowStart, end: f.windowEnd })} · {tn("slots", { count: f.slots })}
        </p>
        {need.closeReason ? <p className="mt-2">{need.status === "cancelled" ? tEveryday("cancelledWith", { reason: need.closeReason }) : t("need.closedWith", { reason: need.closeReason })}</p> : null}
      </div>

      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {(["interested", "proposed", "offered", "placed"] as const).map((k) => (
          <div key={k} className="rounded-card border border-gray-200 bg-surface p-3">
            <dt className="text-sm text-muted">{t(`needs.${k}`)}</dt>
            <dd className="text-2xl font-bold">{need.counts[k]}</dd>
          </div>
        ))}
      </dl>

      <div className="flex flex-wrap items-start gap-4">
        {editable ? (
          <Link href={`/organization/${orgId}/needs/${needId}/edit`} className={buttonClass("secondary")}>
            {t("need.edit")}
          </Link>
        ) : null}
        <InlineActionForm action={duplicateNeedAction} hidden={hidden} submitLabel={t("need.duplicate")} variant="secondary" />
        {need.status === "draft" ? (
          need.organizationVerified ? (
            <InlineActionForm action={publishNeedAction} hidden={hidden} submitLabel={t("need.publish")}>
              <p className="text-sm text-muted">{t("need.publishHint")}</p>
            </InlineActionForm>
          ) : (
            <p className="max-w-sm text-sm">{t("need.cannotPublishPending")}</p>
          )
        ) : null}
        {need.status === "open" ? (
          <Link href={`/needs/${needId}`} className="text-brand-800 underline">
            {t("need.publicPage")}
          </Link>
        ) : null}
      </div>

      {editable ? (
        <Card title={t("need.close")}>
          <InlineActionForm action={closeNeedAction} hidden={hidden} submitLabel={t("need.closeSubmit")} variant="danger">
            <fieldset className="flex flex-col gap-1">
              <legend className="font-medium">{t("need.outcome")}</legend>
              {(need.status === "open" ? (["closed", "cancelled"] as const) : (["cancelled"] as const)).map((o, i) => (
                <label key={o} className="inline-flex items-center gap-2">
                  <input type="radio" name="outcome" value={o} defaultChecked={i === 0} /> {t(`need.outcomes.${o}`)}
                </label>
              ))}
            </fieldset>
            <label htmlFor="close-reason" className="font-medium">
              {t("need.reason")}
            </label>
            <textarea id="close-reason" name="reason" rows={2} maxLength={1000} className={inputClass} />
          </InlineActionForm>
        </Card>
      ) : null}

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
              <InlineActionForm action={answerInterestAction} hidden={{ ...hidden, interestId: i.id }} submitLabel={t("need.answerSubmit")} className="mt-3" label={`${t("need.answer")}: ${i.profile?.fullName ?? ""}`}>
                <fieldset className="flex flex-col gap-1">
                  <legend className="font-medium">{t("need.answer")}</legend>
                  <div className="flex flex-wrap gap-4">
                    {(["seen", "shortlisted", "not_suitable"] as const).map((s) => (
                      <label key={s} className="inline-flex items-center gap-2">
                        <input type="radio" name="status" value={s} defaultChecked={i.status === s || (i.status === "sent" && s === "seen")} /> {t(`need.answers.${s}`)}
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
          <p>
            {t(need.organizationVerified ? "need.candidatesDraftCount" : "need.candidatesPendingCount", { count: candidateList.eligibleCount })}
          </p>
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
                <InlineActionForm action={rankCandidateAction} hidden={{ ...hidden, volunteerId: c.volunteerId }} submitLabel={t("need.rankSubmit")} variant="secondary" className="mt-3" label={`${t("need.rank")}: ${c.profile.fullName}`}>
                  <label htmlFor={`rank-${c.volunteerId}`} className="text-sm font-medium">
                    {t("need.rank")}
                  </label>
                  <p id={`rank-hint-${c.volunteerId}`} className="text-sm text-muted">
                    {t("need.rankHint")}
                  </p>
                  <input id={`rank-${c.volunteerId}`} name="rank" type="number" min={1} max={100} defaultValue={c.preferenceRank ?? ""} aria-describedby={`rank-hint-${c.volunteerId}`} className={`${inputClass} w-24`} />
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
    </div>
  );
}
