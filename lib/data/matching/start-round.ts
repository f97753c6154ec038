import "server-only";
import { desc, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { matchRounds } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError } from "@/lib/errors";
import { startRoundSchema } from "@/lib/validation/matching";

import { ROUND_JOB } from "./round-job";

/**
 * A coordinator starts a matching round (DESIGN rule 5). The round row and its job are written in
 * one transaction; the work runs off the request path in the PostgreSQL job queue (lib/jobs), so any
 * app instance (or `npm run jobs:run-once`) may run it. One round at a time: a second start while one
 * is queued or running is refused, since both would propose for the same free slots.
 */
export async function startRound(actor: Actor, input: unknown): Promise<{ roundId: string }> {
  authorize(actor, "round.run");
  const { kind } = parseInput(startRoundSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    // Serialise starts: two coordinators pressing at once must not both pass the check below.
    await tx.execute(`SELECT pg_advisory_xact_lock(hashtext('matching.round.start'))` as never);
    const [busy] = await tx
      .select({ id: matchRounds.id })
      .from(matchRounds)
      .where(inArray(matchRounds.status, ["queued", "running"]))
      .orderBy(desc(matchRounds.createdAt))
      .limit(1);
    if (busy) throw new AppError("rule_violation", "matching.rounds.errors.busy");
    const [round] = await tx.insert(matchRounds).values({ kind, status: "queued", startedBy: actor.id! }).returning({ id: matchRounds.id });
    await enqueueJob(tx, ROUND_JOB, { roundId: round.id }, { uniqueKey: `round:${round.id}`, maxAttempts: 1 });
    await writeAudit(tx, actor, { action: "round.started", objectType: "match_round", objectId: round.id, after: { kind } });
    return { roundId: round.id };
  });
}
