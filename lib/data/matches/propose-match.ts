import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { consents, matches, needs, userRoles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError, mapDbError } from "@/lib/errors";
import { proposeMatchSchema } from "@/lib/validation/coordination";

export type Explanation = { score: number; reasons: { key: string; points: number; text: string; params?: Record<string, unknown> }[] };
/** Scores the pair with the matching engine (issue #5); null when a hard requirement excludes it. */
export type Explainer = (tx: Tx, needId: string, volunteerId: string) => Promise<Explanation | null>;

/** Without the engine's explainer the pick is recorded as the coordinator's own, with no points. */
const coordinatorPick: Explainer = async () => ({
  score: 0,
  reasons: [{ key: "coordinator.pick", points: 0, text: "Chosen by a coordinator from the shortlist" }],
});

/**
 * A coordinator's own pick from a shortlist becomes a proposal like any other (source
 * "coordinator"), reviewed and approved in the match queue. Score and reasons come from the
 * server-side explainer, never from the request (DESIGN rule 4).
 */
export async function proposeMatch(actor: Actor, input: unknown, explain: Explainer = coordinatorPick): Promise<{ matchId: string }> {
  authorize(actor, "match.propose");
  const data = parseInput(proposeMatchSchema, input);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [need] = await tx.select({ status: needs.status }).from(needs).where(eq(needs.id, data.needId));
      if (!need) throw new AppError("not_found");
      if (need.status !== "open") throw new AppError("rule_violation", "placements.errors.needNotOpen");
      const [isVolunteer] = await tx
        .select()
        .from(userRoles)
        .where(and(eq(userRoles.userId, data.volunteerId), eq(userRoles.role, "volunteer")));
      if (!isVolunteer) throw new AppError("not_found");
      const [consent] = await tx
        .select({ granted: consents.granted })
        .from(consents)
        .where(and(eq(consents.userId, data.volunteerId), eq(consents.purpose, "matching")))
        .orderBy(desc(consents.at))
        .limit(1);
      if (!consent?.granted) throw new AppError("rule_violation", "placements.errors.noConsent");
      const explanation = await explain(tx, data.needId, data.volunteerId);
      if (!explanation) throw new AppError("rule_violation", "placements.errors.notEligible");
      // matches_open_pair_uq: one open proposal per pair, whatever its source → conflict
      const [row] = await tx
        .insert(matches)
        .values({
          needId: data.needId,
          volunteerId: data.volunteerId,
          source: "coordinator",
          score: explanation.score,
          reasons: explanation.reasons,
          createdBy: actor.id,
        })
        .returning({ id: matches.id });
      await writeAudit(tx, actor, {
        action: "match.proposed",
        objectType: "match",
        objectId: row.id,
        after: { needId: data.needId, volunteerId: data.volunteerId, source: "coordinator", score: explanation.score },
      });
      return { matchId: row.id };
    });
  } catch (e) {
    mapDbError(e);
  }
}
