import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import {
  availabilityWindows, candidatePreferences, interests, placements, users, volunteerLanguages, volunteerPreferredDistricts,
  volunteerProfiles, volunteerSpecialties,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { consentGrantedSql } from "@/lib/data/volunteers/consent-state";
import { parseInput } from "@/lib/data/shared/parse";
import { evaluate } from "@/lib/matching/explain";
import { areRelatedSpecialties, relatedSpecialtyCodes } from "@/lib/matching/related-specialties";
import type { NeedFacts, Proficiency, Reason, VolunteerFacts } from "@/lib/matching/types";
import { parseDateRange } from "@/lib/validation/calendar-dates";
import { needRefSchema } from "@/lib/validation/needs";
import { languagesOf } from "./need-fields";
import { needInScope, type NeedRow } from "./need-scope";
import { professionalProfiles, type ProfessionalProfile } from "./professional-profiles";

export const CANDIDATE_LIMIT = 50;
const PREFILTER_LIMIT = 500;

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
 * is returned (DESIGN rule 7). A coarse SQL prefilter keeps the engine's input small until the
 * matching area's indexed shortlist replaces it.
 */
export async function listCandidates(actor: Actor, input: unknown): Promise<Candidate[]> {
  const { needId } = parseInput(needRefSchema, input);
  const db = await getDb();
  const { need } = await needInScope(db, actor, needId, "need.candidates.read");
  const langs = await languagesOf(db, need.id);
  const facts = needFacts(need, langs);

  const ids = await prefilter(db, need);
  const volunteers = await volunteerFacts(db, ids);
  const scored = volunteers
    .map((v) => ({ v, e: evaluate(v, facts) }))
    .filter((x) => x.e.eligible)
    .sort((a, b) => (b.e.eligible && a.e.eligible ? b.e.score - a.e.score : 0) || a.v.id.localeCompare(b.v.id))
    .slice(0, CANDIDATE_LIMIT);

  const prefs = await db.select({ volunteerId: candidatePreferences.volunteerId, rank: candidatePreferences.rank }).from(candidatePreferences).where(eq(candidatePreferences.needId, need.id));
  const prefRank = new Map(prefs.map((p) => [p.volunteerId, p.rank]));
  const allIds = [...new Set([...scored.map((s) => s.v.id), ...prefs.map((p) => p.volunteerId)])];
  const ints = allIds.length
    ? await db.select({ volunteerId: interests.volunteerId, status: interests.status }).from(interests).where(and(eq(interests.needId, need.id), inArray(interests.volunteerId, allIds)))
    : [];
  const interestOf = new Map(ints.map((i) => [i.volunteerId, i.status]));
  const profiles = await professionalProfiles(db, allIds);

  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const { v, e } of scored) {
    const profile = profiles.get(v.id);
    if (!profile || !e.eligible) continue;
    seen.add(v.id);
    out.push({
      volunteerId: v.id,
      profile,
      eligible: true,
      score: e.score,
      reasons: e.reasons.map(({ key, points, params, text }) => ({ key, points, params, text })),
      preferenceRank: prefRank.get(v.id) ?? null,
      interestStatus: interestOf.get(v.id) ?? null,
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

function needFacts(need: NeedRow, langs: { languageCode: string; required: boolean }[]): NeedFacts {
  return {
    id: need.id,
    type: need.type,
    remote: need.remote,
    professionCode: need.professionCode,
    specialtyCode: need.specialtyCode,
    districtCode: need.districtCode == null ? null : String(need.districtCode),
    window: parseDateRange(need.window),
    minDays: need.minDays,
    maxDays: need.maxDays,
    slots: need.slots,
    minCredentialLevel: need.minCredentialLevel,
    requiredLanguages: langs.filter((l) => l.required).map((l) => l.languageCode),
    preferredLanguages: langs.filter((l) => !l.required).map((l) => l.languageCode),
  };
}

/** Hard requirements the database can check cheaply; the engine re-checks all of them. */
async function prefilter(db: DbOrTx, need: NeedRow): Promise<string[]> {
  const mode = need.remote ? "remote" : "in_person";
  const specialtyCodes = need.specialtyCode
    ? [need.specialtyCode, ...relatedSpecialtyCodes().filter((c) => areRelatedSpecialties(c, need.specialtyCode!))]
    : null;
  const rows = await db
    .select({ id: volunteerProfiles.userId })
    .from(volunteerProfiles)
    .innerJoin(users, eq(users.id, volunteerProfiles.userId))
    .where(
      and(
        eq(users.status, "active"),
        sql`${volunteerProfiles.verificationLevel} >= ${need.minCredentialLevel}`,
        need.professionCode ? eq(volunteerProfiles.professionCode, need.professionCode) : undefined,
        need.remote ? eq(volunteerProfiles.remote, true) : eq(volunteerProfiles.inPerson, true),
        specialtyCodes
          ? sql`EXISTS (SELECT 1 FROM volunteer_specialties vs WHERE vs.user_id = ${volunteerProfiles.userId} AND vs.specialty_code IN (${sql.join(specialtyCodes.map((c) => sql`${c}`), sql`, `)}))`
          : undefined,
        sql`EXISTS (SELECT 1 FROM availability_windows aw WHERE aw.user_id = ${volunteerProfiles.userId} AND aw.mode = ${mode} AND aw.period && ${need.window}::daterange)`,
        consentGrantedSql(volunteerProfiles.userId),
      ),
    )
    .orderBy(sql`${volunteerProfiles.verificationLevel} DESC`, sql`${volunteerProfiles.yearsExperience} DESC`, volunteerProfiles.userId)
    .limit(PREFILTER_LIMIT);
  return rows.map((r) => r.id);
}

async function volunteerFacts(db: DbOrTx, ids: string[]): Promise<VolunteerFacts[]> {
  if (ids.length === 0) return [];
  const profiles = await db.select().from(volunteerProfiles).where(inArray(volunteerProfiles.userId, ids));
  const specs = await db.select().from(volunteerSpecialties).where(inArray(volunteerSpecialties.userId, ids));
  const langs = await db.select().from(volunteerLanguages).where(inArray(volunteerLanguages.userId, ids));
  const districts = await db.select().from(volunteerPreferredDistricts).where(inArray(volunteerPreferredDistricts.userId, ids));
  const windows = await db.select().from(availabilityWindows).where(inArray(availabilityWindows.userId, ids));
  const history = await db
    .select({
      userId: placements.volunteerId,
      completed: sql<number>`count(*) filter (where ${placements.status} = 'completed')::int`,
      any: sql<number>`count(*)::int`,
    })
    .from(placements)
    .where(inArray(placements.volunteerId, ids))
    .groupBy(placements.volunteerId);
  const by = <T extends { userId: string | null }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) if (r.userId) (m.get(r.userId) ?? m.set(r.userId, []).get(r.userId)!).push(r);
    return m;
  };
  const s = by(specs), l = by(langs), d = by(districts), w = by(windows), h = by(history);
  return profiles.map((p) => ({
    id: p.userId,
    professionCode: p.professionCode ?? "",
    specialties: (s.get(p.userId) ?? []).map((x) => ({ code: x.specialtyCode, primary: x.isPrimary })),
    languages: (l.get(p.userId) ?? []).map((x) => ({ code: x.languageCode, proficiency: x.proficiency as Proficiency })),
    originDistrictCode: p.originDistrictCode == null ? null : String(p.originDistrictCode),
    preferredDistrictCodes: (d.get(p.userId) ?? []).map((x) => String(x.districtCode)),
    inPerson: p.inPerson,
    remote: p.remote,
    verificationLevel: Math.max(0, Math.min(3, p.verificationLevel)) as 0 | 1 | 2 | 3,
    verificationValidUntil: p.verificationValidUntil,
    yearsExperience: p.yearsExperience,
    completedPlacements: h.get(p.userId)?.[0]?.completed ?? 0,
    averageFeedback: null,
    endorsements: 0,
    everOffered: (h.get(p.userId)?.[0]?.any ?? 0) > 0,
    // The prefilter already required a granted matching consent.
    consentMatching: true,
    availability: (w.get(p.userId) ?? []).map((x) => ({ ...parseDateRange(x.period), mode: x.mode, hoursPerWeek: x.hoursPerWeek })),
  }));
}
