import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { matches } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { suggestPeriod } from "@/lib/data/placements/period-rules";
import { parseInput } from "@/lib/data/shared/parse";
import { AppError, mapDbError } from "@/lib/errors";
import { bulkApproveRoundSchema } from "@/lib/validation/coordination";
import { approveLocked } from "./approve-match";
import { loadApprovalFacts } from "./approval-facts";
import { authorizeOrLogDenial } from "./authorize-or-log";

export type BulkResult = { matchId: string; ok: true; placementId: string } | { matchId: string; ok: false; messageKey: string };

/**
 * Approves a round's open proposals one by one, highest score first, each in its own transaction
 * with every check of a single approval (DESIGN rule 5: proposals are reviewed; this is the
 * coordinator's explicit decision for the whole round). Each gets the earliest longest period that
 * fits; a proposal that fails is left proposed and reported with its reason.
 */
export async function bulkApproveRound(actor: Actor, input: unknown): Promise<BulkResult[]> {
  const coordinator = await authorizeOrLogDenial(actor, "match.approve", "match.approve_round", {
    type: "match_round",
    id: (input as { roundId?: unknown } | null)?.roundId,
  });
  const { roundId } = parseInput(bulkApproveRoundSchema, input);
  const db = await getDb();
  const pending = await db
    .select({ id: matches.id })
    .from(matches)
    .where(and(eq(matches.roundId, roundId), eq(matches.status, "proposed")))
    .orderBy(desc(matches.score), matches.id);
  const results: BulkResult[] = [];
  for (const { id } of pending) {
    try {
      const placed = await db
        .transaction(async (tx) => {
          const facts = await loadApprovalFacts(tx, id, true);
          if (!facts) throw new AppError("not_found");
          const period = suggestPeriod(facts.period);
          if (!period && facts.match.status === "proposed") throw new AppError("rule_violation", "placements.errors.noPeriodFits");
          return approveLocked(tx, coordinator, facts, period?.firstDay ?? "", period?.lastDay ?? "");
        })
        .catch(mapDbError);
      results.push({ matchId: id, ok: true, placementId: placed.placementId });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      results.push({ matchId: id, ok: false, messageKey: e.messageKey });
    }
  }
  return results;
}
