import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { InlineActionForm } from "@/components/organization/inline-action-form";
import { NeedCandidatesSection } from "@/components/organization/need-candidates-section";
import { NeedInterestsSection } from "@/components/organization/need-interests-section";
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
  const fmt = await getReasonFormatter(candidateList.candidates.flatMap((c) => c.reasons));
  const t = await getTranslations("organization");
  const tn = await getTranslations("needs");
  const tEveryday = await getTranslations("everyday");
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
        {need.closeReason ? (
          <p className="mt-2">
            {need.status === "cancelled" ? tEveryday("cancelledWith", { reason: need.closeReason }) : t("need.closedWith", { reason: need.closeReason })}
          </p>
        ) : null}
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

      <NeedInterestsSection interests={interests} hidden={hidden} answerAction={answerInterestAction} />

      <NeedCandidatesSection
        candidateList={candidateList}
        organizationVerified={need.organizationVerified}
        canRank={canRank}
        hidden={hidden}
        fmt={fmt}
        rankAction={rankCandidateAction}
      />
    </div>
  );
}
