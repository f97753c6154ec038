import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { matches, placements } from "@/db/schema";
import type { Actor, SignedInActor } from "@/lib/auth/actor.types";
import { notify } from "@/lib/data/notifications/notify";
import { periodToRange, periodViolations } from "@/lib/data/placements/period-rules";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError, mapDbError } from "@/lib/errors";
import { approveMatchSchema, type ApproveMatchInput } from "@/lib/validation/coordination";
import { loadApprovalFacts, type ApprovalFacts } from "./approval-facts";
import { authorizeOrLogDenial } from "./authorize-or-log";

export type ApprovedPlacement = { placementId: string; matchId: string; period: string; offerExpiresAt: Date };

/** Why a match cannot be approved, as message keys (first one is the form's headline). */
function refusal(key: string, period: string[] = []): AppError {
  return new AppError("rule_violation", key, period.length ? { firstDay: period } : {});
}

/**
 * The approving transaction: lock, check, insert the offered placement, mark the match approved,
 * notify the volunteer, audit. Any refusal throws before commit, so nothing is written.
 */
export async function approveInTransaction(tx: Tx, actor: SignedInActor, data: ApproveMatchInput): Promise<ApprovedPlacement> {
  const facts = await loadApprovalFacts(tx, data.matchId, true);
  if (!facts) throw new AppError("not_found");
  return approveLocked(tx, actor, facts, data.firstDay, data.lastDay);
}

/** The checks and writes, once the match and need rows are locked (see loadApprovalFacts). */
export async function approveLocked(tx: Tx, actor: SignedInActor, facts: ApprovalFacts, firstDay: string, lastDay: string): Promise<ApprovedPlacement> {
  const data = { firstDay, lastDay };
  // A replay, a double click or a second coordinator finds the match already decided.
  if (facts.match.status !== "proposed") throw new AppError("conflict", "placements.errors.matchDecided");
  if (facts.need.status !== "open") throw refusal("placements.errors.needNotOpen");
  if (!facts.volunteer.active) throw refusal("placements.errors.volunteerInactive");
  if (!facts.volunteer.matchingConsent) throw refusal("placements.errors.noConsent");
  const violations = periodViolations(data.firstDay, data.lastDay, facts.period);
  if (violations.length) {
    const keys = violations.map((v) => `placements.rules.${v}`);
    throw refusal(keys[0], keys);
  }

  const period = periodToRange(data.firstDay, data.lastDay);
  // DESIGN rule 2: placements_no_overlap (EXCLUDE) and placements_slot_capacity (trigger) decide here.
  const [placement] = await tx
    .insert(placements)
    .values({
      matchId: facts.match.id,
      needId: facts.match.needId,
      volunteerId: facts.match.volunteerId,
      period,
      status: "offered",
      offerExpiresAt: sql`now() + make_interval(days => ${facts.replyDays})`,
      approvedBy: actor.id,
    })
    .returning({ id: placements.id, offerExpiresAt: placements.offerExpiresAt });
  await tx.update(matches).set({ status: "approved", decidedBy: actor.id, decidedAt: new Date() }).where(eq(matches.id, facts.match.id));
  await notify(tx, {
    userId: facts.match.volunteerId,
    kind: "offer_made",
    params: {
      needTitle: facts.need.title,
      organizationName: facts.need.organizationName,
      startDate: data.firstDay,
      endDate: data.lastDay,
      expiresAt: placement.offerExpiresAt!.toISOString(),
    },
    link: `/volunteer/offers#offer-${placement.id}`,
    dedupeKey: `offer_made:${placement.id}`,
  });
  await writeAudit(tx, actor, {
    action: "match.approved",
    objectType: "match",
    objectId: facts.match.id,
    before: { status: "proposed" },
    after: { status: "approved", placementId: placement.id, period, offerExpiresAt: placement.offerExpiresAt },
  });
  return { placementId: placement.id, matchId: facts.match.id, period, offerExpiresAt: placement.offerExpiresAt! };
}

/** DESIGN rule 6: only a coordinator approves; the volunteer then gets an offer with a reply deadline. */
export async function approveMatch(actor: Actor, input: unknown): Promise<ApprovedPlacement> {
  const matchId = (input as { matchId?: unknown } | null)?.matchId;
  const coordinator = await authorizeOrLogDenial(actor, "match.approve", "match.approve", { type: "match", id: matchId });
  const data = parseInput(approveMatchSchema, input);
  const db = await getDb();
  try {
    return await db.transaction((tx) => approveInTransaction(tx, coordinator, data));
  } catch (e) {
    mapDbError(e);
  }
}
