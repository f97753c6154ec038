// No "server-only" marker: the job runner (instrumentation.ts, `npm run jobs:run-once`) imports this.
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { rowsOf } from "@/lib/data/shared/rate-limit";
import { addDays } from "@/lib/matching/dates";
import type { NeedFacts } from "@/lib/matching/types";
import {
  acceptedSpecialties, BASE_POINTS, credentialPointsSql, districtPointsSql, levelFilterSql, overlapDaysSql, overlapPointsSql,
  PREFERRED_LANGUAGE_POINTS, relatedPairs, specialtyPointsSql,
} from "./score-sql";

export type ScoredId = { id: string; score: number };
export type ScoredPage = { rows: ScoredId[]; total: number };

const textArray = (xs: readonly string[]): SQL =>
  xs.length ? sql`ARRAY[${sql.join(xs.map((x) => sql`${x}`), sql`, `)}]::text[]` : sql`'{}'::text[]`;

/**
 * Eligible volunteers for one need, best first (score DESC, volunteer id), one page. Every hard
 * requirement of lib/matching/eligibility.ts is a WHERE clause; the score is lib/matching/score.ts
 * in SQL. Parameters carry explicit casts matching the column types (text, daterange, smallint,
 * int, service_mode): a mismatched type can silently cost the GiST index on (specialty_code, period).
 */
export async function shortlistVolunteers(db: DbOrTx, need: NeedFacts, page: { limit: number; offset: number }): Promise<ScoredPage> {
  const result = await db.execute(shortlistVolunteersSql(need, page));
  const rows = rowsOf<{ id: string; score: number; total: number }>(result);
  if (rows.length === 0 && page.offset > 0) return { rows: [], total: (await shortlistVolunteers(db, need, { limit: 1, offset: 0 })).total };
  return { rows: rows.map((r) => ({ id: r.id, score: Number(r.score) })), total: rows.length ? Number(rows[0].total) : 0 };
}

/** The query behind shortlistVolunteers(), exported for the plan test (EXPLAIN) and the benchmark. */
export function shortlistVolunteersSql(need: NeedFacts, page: { limit: number; offset: number }): SQL {
  const start = sql`${need.window.start}::date`;
  const end = sql`${need.window.end}::date`;
  const minDays = sql`${need.minDays}::int`;
  const maxDays = sql`${need.maxDays}::int`;
  const minLevel = sql`${need.minCredentialLevel}::smallint`;
  const specialty = need.specialtyCode === null ? sql`NULL::text` : sql`${need.specialtyCode}::text`;
  const district = need.districtCode === null ? sql`NULL::int` : sql`${Number(need.districtCode)}::int`;
  const overlap = overlapDaysSql(start, end);
  const where: SQL[] = [
    sql`c.period && daterange(${start}, ${end})`,
    sql`c.mode = ${need.remote ? "remote" : "in_person"}::service_mode`,
    sql`${overlap} >= ${minDays}`,
    levelFilterSql(minLevel, sql`${addDays(need.window.end, -1)}::date`),
  ];
  if (need.specialtyCode !== null) {
    const codes = acceptedSpecialties(need.specialtyCode);
    where.push(codes.length === 1 ? sql`c.specialty_code = ${specialty}` : sql`c.specialty_code = ANY (${textArray(codes)})`);
  }
  if (need.professionCode !== null) where.push(sql`c.profession_code = ${need.professionCode}::text`);
  if (need.requiredLanguages.length) where.push(sql`c.languages @> ${textArray(need.requiredLanguages)}`);
  const languagePoints = need.preferredLanguages.length
    ? sql.join(need.preferredLanguages.map((l) => sql`(CASE WHEN ${l}::text = ANY (c.languages) THEN ${PREFERRED_LANGUAGE_POINTS} ELSE 0 END)`), sql` + `)
    : sql`0`;
  const rowScore = sql`${BASE_POINTS} + ${specialtyPointsSql(specialty)} + ${overlapPointsSql(overlap, minDays, maxDays)}
    + ${languagePoints} + ${districtPointsSql(district)} + ${credentialPointsSql(minLevel)} + c.static_points`;
  return sql`
    SELECT c.volunteer_id::text AS id, max(${rowScore})::int AS score, count(*) OVER ()::int AS total
    FROM matching_candidates c
    WHERE ${sql.join(where, sql` AND `)}
    GROUP BY c.volunteer_id
    ORDER BY score DESC, c.volunteer_id
    LIMIT ${page.limit}::int OFFSET ${page.offset}::int`;
}

/** Open needs as the volunteer board shows them: published, window not over, deadline not passed. */
export function openNeedSql(today: string): SQL {
  return sql`n.status = 'open' AND upper(n."window") > ${today}::date
    AND (n.application_deadline IS NULL OR n.application_deadline >= ${today}::date)`;
}

/**
 * Eligible (need, volunteer, window) rows over open needs joined with candidate rows, with the pair's
 * score through that window and the window's overlap. The same hard requirements and score as
 * shortlistVolunteers(), with the need's values taken from the row instead of parameters.
 */
function pairRowsFrom(filter: SQL): SQL {
  const start = sql`lower(n."window")`;
  const end = sql`upper(n."window")`;
  const overlap = overlapDaysSql(start, end);
  const district = sql`coalesce(n.district_code, f.district_code)`;
  const rowScore = sql`${BASE_POINTS} + ${specialtyPointsSql(sql`n.specialty_code`)}
    + ${overlapPointsSql(overlap, sql`n.min_days::int`, sql`n.max_days::int`)}
    + ${PREFERRED_LANGUAGE_POINTS} * (SELECT count(*)::int FROM unnest(nl.preferred) x WHERE x = ANY (c.languages))
    + ${districtPointsSql(district)} + ${credentialPointsSql(sql`n.min_credential_level`)} + c.static_points`;
  return sql`
    WITH nl AS (
      SELECT need_id, coalesce(array_agg(language_code) FILTER (WHERE required), '{}') AS required,
        coalesce(array_agg(language_code) FILTER (WHERE NOT required), '{}') AS preferred
      FROM need_languages GROUP BY need_id)
    SELECT n.id AS need_id, c.volunteer_id, c.window_id, ${rowScore} AS score, ${overlap} AS overlap
    FROM needs n
    LEFT JOIN facilities f ON f.id = n.facility_id
    LEFT JOIN nl ON nl.need_id = n.id
    JOIN matching_candidates c ON c.period && n."window"
      AND c.mode = (CASE WHEN n.remote THEN 'remote' ELSE 'in_person' END)::service_mode
    WHERE ${filter}
      AND ${overlap} >= n.min_days
      AND (n.profession_code IS NULL OR c.profession_code = n.profession_code)
      AND (n.specialty_code IS NULL OR c.specialty_code = n.specialty_code
           OR (c.specialty_code || ':' || n.specialty_code) = ANY (${textArray(relatedPairs())}))
      AND ${levelFilterSql(sql`n.min_credential_level`, sql`(upper(n."window") - 1)`)}
      AND c.languages @> coalesce(nl.required, '{}')`;
}

/** "Needs for me": eligible open needs for one volunteer, best first (score DESC, need id), one page. */
export async function shortlistNeeds(db: DbOrTx, volunteerId: string, today: string, page: { limit: number; offset: number }): Promise<ScoredPage> {
  const result = await db.execute(sql`
    SELECT p.need_id::text AS id, max(p.score)::int AS score, count(*) OVER ()::int AS total
    FROM (${pairRowsFrom(sql`c.volunteer_id = ${volunteerId}::uuid AND ${openNeedSql(today)}`)}) p
    GROUP BY p.need_id
    ORDER BY score DESC, p.need_id
    LIMIT ${page.limit}::int OFFSET ${page.offset}::int`);
  const rows = rowsOf<{ id: string; score: number; total: number }>(result);
  if (rows.length === 0 && page.offset > 0) return { rows: [], total: (await shortlistNeeds(db, volunteerId, today, { limit: 1, offset: 0 })).total };
  return { rows: rows.map((r) => ({ id: r.id, score: Number(r.score) })), total: rows.length ? Number(rows[0].total) : 0 };
}

export type PairWindowRow = { needId: string; volunteerId: string; windowId: string; score: number; overlap: number };

/** Every eligible (need, volunteer, window) over the open needs given (a round's instance). */
export async function eligibleWindowPairs(db: DbOrTx, needIds: readonly string[]): Promise<PairWindowRow[]> {
  if (needIds.length === 0) return [];
  const ids = sql`ARRAY[${sql.join(needIds.map((id) => sql`${id}`), sql`, `)}]::uuid[]`;
  const result = await db.execute(sql`
    SELECT p.need_id::text AS need_id, p.volunteer_id::text AS volunteer_id, p.window_id::text AS window_id,
      max(p.score)::int AS score, max(p.overlap)::int AS overlap
    FROM (${pairRowsFrom(sql`n.id = ANY (${ids})`)}) p
    GROUP BY p.need_id, p.volunteer_id, p.window_id`);
  return rowsOf<{ need_id: string; volunteer_id: string; window_id: string; score: number; overlap: number }>(result).map((r) => ({
    needId: r.need_id, volunteerId: r.volunteer_id, windowId: r.window_id, score: Number(r.score), overlap: Number(r.overlap),
  }));
}
