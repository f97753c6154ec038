// No "server-only" marker: the job runner (instrumentation.ts, `npm run jobs:run-once`) imports this.
import { sql, type SQL } from "drizzle-orm";
import { WEIGHTS as W } from "@/lib/matching/weights";
import { areRelatedSpecialties, relatedSpecialtyCodes } from "@/lib/matching/related-specialties";

// The score of lib/matching/score.ts written in SQL over matching_candidates (alias c). Weights are
// interpolated from WEIGHTS, so a weight change reaches both engines; the parity test
// (tests/integration/matching-shortlist.test.ts) checks SQL == evaluate() on random pairs.
// Per-volunteer parts that do not depend on the need (experience, past service, endorsements,
// fairness) are precomputed in c.static_points by matching_refresh_candidates().

const n = (v: number) => sql.raw(String(Math.trunc(v)));

/** "volunteerCode:needCode" for every related pair, for queries that join needs. */
export function relatedPairs(): string[] {
  const codes = relatedSpecialtyCodes();
  return codes.flatMap((a) => codes.filter((b) => areRelatedSpecialties(a, b)).map((b) => `${a}:${b}`));
}

/** Overlap in days of the candidate row's window with [start, end) (start_day/end_day = the period's bounds). */
export function overlapDaysSql(start: SQL, end: SQL): SQL {
  return sql`(least(c.end_day, ${end}) - greatest(c.start_day, ${start}))`;
}

/** Points for days beyond the minimum (up to the maximum): 2 per full week, at most 20. */
export function overlapPointsSql(overlap: SQL, minDays: SQL, maxDays: SQL): SQL {
  return sql`least(${n(W.overlapPointsMax)}, (greatest(0, least(${overlap}, ${maxDays}) - ${minDays}) / 7) * ${n(W.overlapPointsPerExtraWeek)})`;
}

/** Specialty fit of this row; rows that fit neither exactly nor by relation are filtered out before. */
export function specialtyPointsSql(needSpecialty: SQL): SQL {
  return sql`(CASE WHEN ${needSpecialty} IS NULL THEN 0
    WHEN c.specialty_code = ${needSpecialty} THEN (CASE WHEN c.is_primary THEN ${n(W.specialtyExactPrimary)} ELSE ${n(W.specialtyExactSecondary)} END)
    ELSE ${n(W.specialtyRelated)} END)`;
}

export function districtPointsSql(district: SQL): SQL {
  return sql`(CASE WHEN ${district} IS NULL THEN 0 ELSE
    (CASE WHEN c.origin_district_code = ${district} THEN ${n(W.originDistrict)} ELSE 0 END)
    + (CASE WHEN ${district} = ANY (c.preferred_district_codes) THEN ${n(W.preferredDistrict)} ELSE 0 END) END)`;
}

export function credentialPointsSql(minLevel: SQL): SQL {
  return sql`(greatest(0, c.verification_level - ${minLevel}) * ${n(W.credentialLevelAboveMinimum)})`;
}

/** DESIGN rule 3: level ≥ the minimum and, when one is required, valid through the window's last day. */
export function levelFilterSql(minLevel: SQL, lastDay: SQL): SQL {
  return sql`c.verification_level >= ${minLevel}
    AND (${minLevel} = 0 OR c.verification_valid_until IS NULL OR c.verification_valid_until >= ${lastDay})`;
}

export const BASE_POINTS = n(W.eligibleBase);
export const PREFERRED_LANGUAGE_POINTS = n(W.preferredLanguage);
