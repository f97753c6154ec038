import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { candidatePreferences, interests } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { unsafeShortlistForNeed } from "@/lib/data/matching/shortlist-for-need";
import { parseInput } from "@/lib/data/shared/parse";
import type { Reason } from "@/lib/matching/types";
import { needRefSchema } from "@/lib/validation/needs";
import { needInScope } from "./need-scope";
import { professionalProfiles, type ProfessionalProfile } from "./professional-profiles";

export const CANDIDATE_LIMIT = 50;

export type Candidate = {
  volunteerId: string;
  profile: ProfessionalProfile;
  eligible: boolean;
  score: number | null;
  reasons: Pick<Reason, "key" | "points" | "params" | "text">[];
  /** The organisation's own ranking (candidate_preferences), 1 = most preferred. */
  preferenceRank: number | null;
  interestStatus: string | null;
};

/**
 * Candidates for one of the organisation's needs: eligible volunteers scored by the matching
 * engine (DESIGN rule 4), plus any the organisation already marked. Only the professional profile
 * is returned (DESIGN rule 7).
 */
export async function listCandidates(actor: Actor, input: unknown): Promise<Candidate[]> {
  const { needId } = parseInput(needRefSchema, input);
  const db = await getDb();
  const { need } = await needInScope(db, actor, needId, "need.candidates.read");
  // The matching area's indexed shortlist (issue 5): SQL picks and orders, the engine explains.
  const { rows: scored } = await unsafeShortlistForNeed(db, need.id, { limit: CANDIDATE_LIMIT, offset: 0 });

  const prefs = await db.select({ volunteerId: candidatePreferences.volunteerId, rank: candidatePreferences.rank }).from(candidatePreferences).where(eq(candidatePreferences.needId, need.id));
  const prefRank = new Map(prefs.map((p) => [p.volunteerId, p.rank]));
  const allIds = [...new Set([...scored.map((s) => s.id), ...prefs.map((p) => p.volunteerId)])];
  const ints = allIds.length
    ? await db.select({ volunteerId: interests.volunteerId, status: interests.status }).from(interests).where(and(eq(interests.needId, need.id), inArray(interests.volunteerId, allIds)))
    : [];
  const interestOf = new Map(ints.map((i) => [i.volunteerId, i.status]));
  const profiles = await professionalProfiles(db, allIds);

  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const e of scored) {
    const profile = profiles.get(e.id);
    if (!profile) continue;
    seen.add(e.id);
    out.push({
      volunteerId: e.id,
      profile,
      eligible: true,
      score: e.score,
      reasons: e.reasons.map(({ key, points, params, text }) => ({ key, points, params, text })),
      preferenceRank: prefRank.get(e.id) ?? null,
      interestStatus: interestOf.get(e.id) ?? null,
    });
  }
  // Marked candidates who no longer pass the hard requirements stay visible, flagged.
  for (const p of prefs) {
    const profile = profiles.get(p.volunteerId);
    if (seen.has(p.volunteerId) || !profile) continue;
    out.push({ volunteerId: p.volunteerId, profile, eligible: false, score: null, reasons: [], preferenceRank: p.rank, interestStatus: interestOf.get(p.volunteerId) ?? null });
  }
  return out;
}
