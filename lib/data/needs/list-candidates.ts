import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { candidatePreferences, interests } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { unsafeShortlistForNeed } from "@/lib/data/matching/shortlist-for-need";
import { parseInput } from "@/lib/data/shared/parse";
import type { Reason } from "@/lib/matching/types";
import { needRefSchema } from "@/lib/validation/needs";
import { consentGrantedSql } from "@/lib/data/volunteers/consent-state";
import { needInScope } from "./need-scope";
import { peopleAccess } from "./people-access";
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

export type CandidateList = {
  /** False for a draft or a pending organisation (DESIGN rule 7): the count only, no one named. */
  people: boolean;
  /** Eligible volunteers who share their profile with organisations (all eligible for coordinators). */
  eligibleCount: number;
  candidates: Candidate[];
};

/**
 * Candidates for one of the organisation's needs: eligible volunteers scored by the matching
 * engine (DESIGN rule 4), plus any the organisation already marked. Only the professional profile
 * is returned, only for a verified organisation's published need, and only of volunteers with a
 * current profile_sharing consent (DESIGN rule 7, issue 11 defects 2–3).
 */
export async function listCandidates(actor: Actor, input: unknown): Promise<CandidateList> {
  const { needId } = parseInput(needRefSchema, input);
  const db = await getDb();
  const { need } = await needInScope(db, actor, needId, "need.candidates.read");
  const access = await peopleAccess(db, actor, need);
  // The matching area's indexed shortlist (issue 5): SQL picks and orders, the engine explains.
  const { rows: scored, total } = await unsafeShortlistForNeed(
    db,
    need.id,
    { limit: CANDIDATE_LIMIT, offset: 0 },
    { sharedOnly: access.sharedOnly, countOnly: !access.people },
  );
  if (!access.people) return { people: false, eligibleCount: total, candidates: [] };

  const prefs = await db
    .select({ volunteerId: candidatePreferences.volunteerId, rank: candidatePreferences.rank })
    .from(candidatePreferences)
    .where(
      and(eq(candidatePreferences.needId, need.id), access.sharedOnly ? consentGrantedSql(candidatePreferences.volunteerId, "profile_sharing") : undefined),
    );
  const prefRank = new Map(prefs.map((p) => [p.volunteerId, p.rank]));
  const allIds = [...new Set([...scored.map((s) => s.id), ...prefs.map((p) => p.volunteerId)])];
  const ints = allIds.length
    ? await db
        .select({ volunteerId: interests.volunteerId, status: interests.status })
        .from(interests)
        .where(and(eq(interests.needId, need.id), inArray(interests.volunteerId, allIds)))
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
    out.push({
      volunteerId: p.volunteerId,
      profile,
      eligible: false,
      score: null,
      reasons: [],
      preferenceRank: p.rank,
      interestStatus: interestOf.get(p.volunteerId) ?? null,
    });
  }
  return { people: true, eligibleCount: total, candidates: out };
}
