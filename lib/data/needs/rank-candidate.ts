import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { candidatePreferences, needScores, volunteerProfiles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError } from "@/lib/errors";
import { rankCandidateSchema } from "@/lib/validation/needs";
import { needInScope } from "./need-scope";
import { maySeeVolunteer, peopleAccess } from "./people-access";

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
    if (data.rank !== undefined) {
      // Issue 11 defects 2–4: ranking is for people the organisation may see — a verified
      // organisation's published need, a volunteer on that need's eligible list (need_scores, the
      // same pairs the candidate list reads) who shares their profile. Anyone else: not_found.
      const access = await peopleAccess(tx, actor, need);
      const [eligible] = await tx
        .select({ v: needScores.volunteerId })
        .from(needScores)
        .where(and(eq(needScores.needId, need.id), eq(needScores.volunteerId, v.id)));
      if (!eligible || !(await maySeeVolunteer(tx, access, v.id))) throw new AppError("not_found");
    }
    const key = and(eq(candidatePreferences.needId, need.id), eq(candidatePreferences.volunteerId, v.id));
    if (data.rank === undefined) {
      await tx.delete(candidatePreferences).where(key);
    } else {
      await tx
        .insert(candidatePreferences)
        .values({ needId: need.id, volunteerId: v.id, rank: data.rank, markedBy: a.id })
        .onConflictDoUpdate({ target: [candidatePreferences.needId, candidatePreferences.volunteerId], set: { rank: data.rank, markedBy: a.id } });
    }
    await writeAudit(tx, actor, {
      action: data.rank === undefined ? "candidate.unmarked" : "candidate.ranked",
      objectType: "need",
      objectId: need.id,
      after: { volunteerId: v.id, rank: data.rank ?? null },
    });
  });
}
