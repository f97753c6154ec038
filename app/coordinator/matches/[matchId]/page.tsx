import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { DecisionForm } from "@/components/coordination/decision-form";
import { requirePageActor } from "@/lib/auth/page";
import { orNotFound } from "@/lib/http/or-not-found";
import { getMatchDecision } from "@/lib/data/matches/get-match-decision";
import { getReasonFormatter } from "@/lib/i18n/reason-formatter";
import { approveMatchAction, cancelPlacementAction, rejectMatchAction } from "../actions";
import { getWhen } from "@/lib/i18n/when-server";
import { reasonText } from "@/lib/i18n/reason-text";

export async function generateMetadata() {
  return { title: (await getTranslations("everyday.titles"))("matchDecision") };
}

const outcomes = { approved: "placements.approved", rejected: "placements.rejected" } as const;

export default async function MatchDecisionPage({ params, searchParams }: { params: Promise<{ matchId: string }>; searchParams: Promise<{ done?: string }> }) {
  const actor = await requirePageActor("match.approve");
  const { matchId } = await params;
  const { done } = await searchParams;
  const t = await getTranslations("coordinator");
  const tp = await getTranslations("placements");
  const tAll = await getTranslations();
  const tEveryday = await getTranslations("everyday");
  const view = await orNotFound(getMatchDecision(actor, matchId));
  const f = view.facts;
  const fmt = await getReasonFormatter(view.reasons);
  const when = await getWhen();
  const day = when.day;
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/coordinator/matches" className="text-brand-800 underline">
          {t("matches.back")}
        </Link>
      </p>
      <PageTitle>{t("matches.decideTitle", { volunteer: view.volunteer.name, need: view.need.title })}</PageTitle>
      {done === "approved" || done === "rejected" ? (
        <p role="status" className="rounded-md border border-ok bg-green-50 px-4 py-3 text-ok">
          {tAll(outcomes[done])}
        </p>
      ) : null}
      <p>{t("matches.statusLine", { status: t(`matchStatus.${view.status}` as never), source: t(`sources.${view.source}` as never), score: view.score })}</p>
      <div className="grid gap-4 md:grid-cols-2">
        <Card title={t("matches.needFacts")}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className="font-medium">{t("matches.organization")}</dt>
            <dd>{view.need.organizationName}</dd>
            <dt className="font-medium">{t("matches.window")}</dt>
            <dd>{when.halfOpen(f.needWindow.start, f.needWindow.end)}</dd>
            <dt className="font-medium">{t("matches.length")}</dt>
            <dd>{t("matches.lengthRange", { min: f.minDays, max: Math.min(f.maxDays, f.capDays) })}</dd>
            <dt className="font-medium">{t("matches.minLevel")}</dt>
            <dd>{t("verification.levelN", { level: f.minLevel })}</dd>
            <dt className="font-medium">{t("matches.needStatus")}</dt>
            <dd>{tp(`needStatus.${view.need.status}` as never)}</dd>
          </dl>
        </Card>
        <Card title={t("matches.volunteerFacts")}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className="font-medium">{t("matches.level")}</dt>
            <dd>
              {t("verification.levelN", { level: f.level })}
              {f.validUntil ? ` · ${t("verification.validUntil", { date: day(f.validUntil) })}` : ""}
            </dd>
            <dt className="font-medium">{t("matches.availability")}</dt>
            <dd>
              {f.availability.length ? (
                <ul>
                  {f.availability.map((a) => (
                    <li key={a.start}>{when.halfOpen(a.start, a.end)}</li>
                  ))}
                </ul>
              ) : (
                t("matches.noAvailability")
              )}
            </dd>
            <dt className="font-medium">{t("matches.consent")}</dt>
            <dd>{view.volunteer.matchingConsent ? t("matches.consentGiven") : t("matches.consentMissing")}</dd>
          </dl>
        </Card>
      </div>
      <Card title={t("matches.reasons")}>
        <ul className="list-disc pl-5">
          {view.reasons.map((r, i) => (
            <li key={i}>{fmt.reason(r)}</li>
          ))}
        </ul>
      </Card>

      {view.status === "proposed" ? (
        <div className="grid gap-4 md:grid-cols-2">
          <Card title={t("matches.approveTitle")}>
            {view.blockers.length ? (
              <ul className="mb-3 list-disc pl-5 text-danger">
                {view.blockers.map((b) => (
                  <li key={b}>{tAll(b as never)}</li>
                ))}
              </ul>
            ) : null}
            <p className="mb-3 text-sm">{t("matches.approveHint", { days: f.capDays })}</p>
            <DecisionForm
              idPrefix="approve"
              action={approveMatchAction}
              hidden={{ matchId: view.id }}
              fields={[
                { name: "firstDay", label: t("matches.firstDay"), type: "date", defaultValue: view.suggested?.firstDay, required: true },
                { name: "lastDay", label: t("matches.lastDay"), type: "date", defaultValue: view.suggested?.lastDay, required: true },
              ]}
              submitLabel={t("matches.approve")}
            />
          </Card>
          <Card title={t("matches.rejectTitle")}>
            <DecisionForm
              idPrefix="reject"
              action={rejectMatchAction}
              hidden={{ matchId: view.id }}
              fields={[{ name: "reason", label: t("matches.rejectReason"), type: "textarea", required: true }]}
              submitLabel={t("matches.reject")}
              variant="danger"
            />
          </Card>
        </div>
      ) : null}

      {view.rejectReason ? (
        <Card title={t("matches.rejectReason")}>
          <p>{view.rejectReason}</p>
        </Card>
      ) : null}

      {view.placement ? (
        <Card title={t("matches.placement")}>
          <p>
            {tp(`status.${view.placement.status}` as never)} · {when.days(view.placement.firstDay, view.placement.lastDay)}
          </p>
          {view.placement.status === "offered" && view.placement.offerExpiresAt ? (
            <p>{tp("replyBy", { date: when.instant(view.placement.offerExpiresAt) })}</p>
          ) : null}
          {view.placement.statusReason ? <p>{tp("reasonGiven", { reason: reasonText(view.placement.statusReason, tEveryday as never) })}</p> : null}
          {["offered", "scheduled", "active"].includes(view.placement.status) ? (
            <div className="mt-3">
              <DecisionForm
                idPrefix="cancel"
                action={cancelPlacementAction}
                hidden={{ placementId: view.placement.id }}
                fields={[{ name: "reason", label: tp("cancelReason"), type: "textarea", required: true }]}
                submitLabel={tp("cancel")}
                variant="danger"
              />
            </div>
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
