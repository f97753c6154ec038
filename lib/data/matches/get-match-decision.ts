import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { matches, placements } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { rangeToPeriod, suggestPeriod, type PeriodFacts } from "@/lib/data/placements/period-rules";
import { AppError } from "@/lib/errors";
import { uuid } from "@/lib/validation/common";
import { loadApprovalFacts } from "./approval-facts";
import type { MatchReason } from "./list-match-queue";

export type MatchDecisionView = {
  id: string;
  status: string;
  source: string;
  score: number;
  reasons: MatchReason[];
  rejectReason: string | null;
  need: { id: string; title: string; status: string; organizationName: string; remote: boolean };
  volunteer: { id: string; name: string; active: boolean; matchingConsent: boolean };
  facts: PeriodFacts;
  suggested: { firstDay: string; lastDay: string } | null;
  /** Problems that refuse approval whatever period is chosen (message keys). */
  blockers: string[];
  placement: { id: string; status: string; firstDay: string; lastDay: string; offerExpiresAt: Date | null; statusReason: string | null } | null;
};

/** What a coordinator needs to decide one match: the facts the approval checks, and a suggested period. */
export async function getMatchDecision(actor: Actor, matchId: string): Promise<MatchDecisionView> {
  authorize(actor, "match.approve");
  if (!uuid.safeParse(matchId).success) throw new AppError("not_found");
  const db = await getDb();
  const facts = await loadApprovalFacts(db, matchId, false);
  if (!facts) throw new AppError("not_found");
  const [m] = await db
    .select({ source: matches.source, reasons: matches.reasons, rejectReason: matches.rejectReason })
    .from(matches)
    .where(eq(matches.id, matchId));
  const [p] = await db
    .select({
      id: placements.id,
      status: placements.status,
      period: placements.period,
      offerExpiresAt: placements.offerExpiresAt,
      statusReason: placements.statusReason,
    })
    .from(placements)
    .where(eq(placements.matchId, matchId));
  const blockers: string[] = [];
  if (facts.need.status !== "open") blockers.push("placements.errors.needNotOpen");
  if (!facts.volunteer.active) blockers.push("placements.errors.volunteerInactive");
  if (!facts.volunteer.matchingConsent) blockers.push("placements.errors.noConsent");
  const suggested = suggestPeriod(facts.period);
  if (!suggested) blockers.push("placements.errors.noPeriodFits");
  return {
    id: facts.match.id,
    status: facts.match.status,
    source: m.source,
    score: facts.match.score,
    reasons: Array.isArray(m.reasons) ? (m.reasons as MatchReason[]) : [],
    rejectReason: m.rejectReason,
    need: { id: facts.need.id, title: facts.need.title, status: facts.need.status, organizationName: facts.need.organizationName, remote: facts.need.remote },
    volunteer: { id: facts.match.volunteerId, ...facts.volunteer },
    facts: facts.period,
    suggested,
    blockers,
    placement: p ? { id: p.id, status: p.status, ...rangeToPeriod(p.period), offerExpiresAt: p.offerExpiresAt, statusReason: p.statusReason } : null,
  };
}
