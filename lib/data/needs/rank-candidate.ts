import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { candidatePreferences, volunteerProfiles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError } from "@/lib/errors";
import { rankCandidateSchema } from "@/lib/validation/needs";
import { needInScope } from "./need-scope";

/**
 * The organisation marks a candidate as preferred with a rank (1 = first choice), or removes the
 * mark when no rank is given. These rankings feed the two-sided rounds later (DESIGN rule 5).
 */
export async function rankCandidate(actor: Actor, input: unknown): Promise<void> {
  const data = parseInput(rankCandidateSchema, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const { actor: a, need } = await needInScope(tx, actor, data.needId, "candidate.rank");
    if (need.status === "closed" || need.status === "cancelled") throw new AppError("rule_violation", "needs.errors.notEditable");
    const [v] = await tx.select({ id: volunteerProfiles.userId }).from(volunteerProfiles).where(eq(volunteerProfiles.userId, data.volunteerId));
    if (!v) throw new AppError("not_found");
    const key = and(eq(candidatePreferences.needId, need.id), eq(candidatePreferences.volunteerId, v.id));
    if (data.rank === undefined) {
      await tx.delete(candidatePreferences).where(key);
    } else {
      await tx
        .insert(candidatePreferences)
        .values({ needId: need.id, volunteerId: v.id, rank: data.rank, markedBy: a.id })
        .onConflictDoUpdate({ target: [candidatePreferences.needId, candidatePreferences.volunteerId], set: { rank: data.rank, markedBy: a.id } });
    }
    await writeAudit(tx, actor, { action: data.rank === undefined ? "candidate.unmarked" : "candidate.ranked", objectType: "need", objectId: need.id, after: { volunteerId: v.id, rank: data.rank ?? null } });
  });
}
