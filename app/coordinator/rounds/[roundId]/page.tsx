import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { ReasonList } from "@/components/matching/reason-list";
import { PageLinks } from "@/components/ui/page-links";
import { requirePageActor } from "@/lib/auth/page";
import { getReasonFormatter } from "@/lib/i18n/reason-formatter";
import { getRound, ROUND_PROPOSALS_PAGE_SIZE } from "@/lib/data/matching/list-rounds";
import type { RoundReport } from "@/lib/data/matching/run-round";

export async function generateMetadata() {
  return { title: (await getTranslations("matching"))("report.title") };
}

const FIGURES = [
  "needsConsidered",
  "slotsOpen",
  "slotsFilled",
  "needsFilled",
  "needsPartlyFilled",
  "needsLeftEmpty",
  "volunteersConsidered",
  "unitsConsidered",
  "eligiblePairs",
  "pairsSkipped",
  "volunteersPlaced",
  "totalScore",
] as const satisfies readonly (keyof RoundReport)[];

export default async function RoundReportPage({ params, searchParams }: { params: Promise<{ roundId: string }>; searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePageActor("round.run");
  const t = await getTranslations("matching");
  const { roundId } = await params;
  const page = Math.max(1, Number((await searchParams).page ?? 1) || 1);
  const { round, proposals, total } = await getRound(actor, { roundId }, page);
  const report = round.report;
  const fmt = await getReasonFormatter(proposals.flatMap((p) => p.reasons));
  const pages = Math.max(1, Math.ceil(total / ROUND_PROPOSALS_PAGE_SIZE));
  const active = round.status === "queued" || round.status === "running";
  return (
    <div className="flex flex-col gap-6">
      {active ? <meta httpEquiv="refresh" content="3" /> : null}
      <PageTitle>{t("report.title")}</PageTitle>
      <p>
        {t("report.kindLabel")}: {t(`rounds.kinds.${round.kind}`)} · {t("rounds.status")}: {t(`rounds.statuses.${round.status}`)} · {t("rounds.progress")}:{" "}
        {round.progress}%
      </p>
      {round.status === "failed" ? <p role="alert">{t("report.failed", { error: round.error ?? "" })}</p> : null}
      {active ? <p role="status">{t("report.pending")}</p> : null}
      {report ? (
        <>
          <Card title={t("report.figures")}>
            <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-2">
              {FIGURES.map((k) => (
                <div key={k} className="flex justify-between gap-4 border-b py-1">
                  <dt>{t(`report.${k}`)}</dt>
                  <dd className="font-semibold">{String(report[k])}</dd>
                </div>
              ))}
              <div className="flex justify-between gap-4 border-b py-1">
                <dt>{t("report.duration")}</dt>
                <dd className="font-semibold">{t("report.durationMs", { ms: report.durationMs })}</dd>
              </div>
            </dl>
            <p className="mt-4">
              <Link href={`/coordinator/matches?round=${round.id}`} className="text-brand-800 underline">
                {t("report.queue")}
              </Link>
            </p>
          </Card>
          {report.emptyNeeds.length > 0 ? (
            <Card title={t("report.emptyTitle")}>
              <ul className="flex flex-col gap-2">
                {report.emptyNeeds.map((n) => (
                  <li key={n.needId} className="flex flex-wrap items-baseline justify-between gap-2 border-b py-1">
                    <span>
                      <strong>{n.title}</strong> — {t(`report.emptyReason.${n.reason}`, { count: n.eligible })}
                    </span>
                    <Link href={`/coordinator/shortlist/${n.needId}`} className="text-brand-800 underline">
                      {t("report.shortlist")}
                    </Link>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </>
      ) : null}
      <section aria-labelledby="proposals" className="flex flex-col gap-3">
        <h2 id="proposals" className="text-xl font-semibold">
          {t("report.proposalsTitle", { total })}
        </h2>
        {proposals.length === 0 ? (
          <p>{t("report.noProposals")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {proposals.map((p) => (
              <li key={p.matchId} className="rounded-md border border-gray-300 p-3">
                <p>
                  <span className="font-semibold">{p.volunteerName}</span> →{" "}
                  <Link href={`/coordinator/shortlist/${p.needId}`} className="text-brand-800 underline">
                    {p.needTitle}
                  </Link>
                </p>
                <ReasonList reasons={p.reasons} summary={t("reasons", { score: p.score })} format={fmt.reason} />
              </li>
            ))}
          </ul>
        )}
        <PageLinks page={page} pages={pages} href={(p) => `?page=${p}`} label={t("report.pageOf", { page, pages })} />
      </section>
    </div>
  );
}
