// No "server-only" marker: the job runner (instrumentation.ts, `npm run jobs:run-once`) imports this.
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { executePrepared } from "@/lib/data/shared/execute-prepared";
import { rowsOf } from "@/lib/data/shared/rate-limit";
import { addDays } from "@/lib/matching/dates";
import type { NeedFacts } from "@/lib/matching/types";
import {
  acceptedSpecialties, BASE_POINTS, credentialPointsSql, districtPointsSql, levelFilterSql, overlapDaysSql, overlapPointsSql,
  PREFERRED_LANGUAGE_POINTS, relatedPairs, specialtyPointsByMatchSql, specialtyPointsSql,
} from "./score-sql";

export type ScoredId = { id: string; score: number };
export type ScoredPage = { rows: ScoredId[]; total: number };

/**
 * A whole list as ONE text parameter in PostgreSQL's array syntax, cast in SQL (`::int[]`): the
 * statement text then does not change with list lengths, so the prepared shortlist has a handful
 * of shapes instead of hundreds (executePrepared), and no driver array serialisation is involved.
 */
function arrayParam(xs: readonly (string | number | boolean)[], type: "text" | "boolean" | "smallint" | "date"): SQL {
  const items = xs.map((x) => (typeof x === "string" ? `"${x.replace(/["\\]/g, "\\$&")}"` : String(x)));
  return sql`${`{${items.join(",")}}`}::${sql.raw(type)}[]`;
}

/**
 * Eligible volunteers for one need, best first (score DESC, volunteer id), one page. Every hard
 * requirement of lib/matching/eligibility.ts is a WHERE clause; the score is lib/matching/score.ts
 * in SQL. Parameters carry explicit casts matching the column types (text, date, smallint, int,
 * service_mode): a mismatched type can silently cost the index.
 */
export async function shortlistVolunteers(db: DbOrTx, need: NeedFacts, page: { limit: number; offset: number }): Promise<ScoredPage> {
  const result = await executePrepared(db, shortlistVolunteersSql(need, page));
  const rows = rowsOf<{ id: string; score: number; total: number }>(result);
  if (rows.length === 0 && page.offset > 0) return { rows: [], total: (await shortlistVolunteers(db, need, { limit: 1, offset: 0 })).total };
  return { rows: rows.map((r) => ({ id: r.id, score: Number(r.score) })), total: rows.length ? Number(rows[0].total) : 0 };
}

const LEVELS = [0, 1, 2, 3] as const; // volunteer_profiles.verification_level CHECK (0–3)
const TOP_LENGTH_CLASS = 9; // matching_candidates.length_class: 9 means 512 days or more

/**
 * The start-day ranges that can hold a window overlapping [start, end) by at least minDays, one per
 * length class: a window of class k (2^k ≤ length < 2^(k+1)) must start on or after
 * start + minDays − (2^(k+1) − 1) and on or before end − minDays. Classes too short for minDays are
 * left out; the top class has no lower bound. Exported for the unit test.
 */
export function startRanges(need: Pick<NeedFacts, "window" | "minDays">): { lengthClass: number; firstStart: string }[] {
  const out: { lengthClass: number; firstStart: string }[] = [];
  for (let k = Math.min(TOP_LENGTH_CLASS, Math.floor(Math.log2(Math.max(1, need.minDays)))); k <= TOP_LENGTH_CLASS; k++) {
    out.push({ lengthClass: k, firstStart: k === TOP_LENGTH_CLASS ? "-infinity" : addDays(need.window.start, need.minDays - (2 ** (k + 1) - 1)) });
  }
  return out;
}

/**
 * The query behind shortlistVolunteers(), exported for the plan test (EXPLAIN) and the benchmark.
 *
 * Access path (docs/decisions/007): for each accepted specialty (or the profession) × length
 * class, one index-only range scan of matching_candidates_specialty_scan (or _profession_scan) on
 * (code, mode, level ∈ allowed, length class, start day in its range); the remaining filters and
 * the score read only INCLUDEd columns. `OFFSET 0` keeps the lateral subquery from being flattened:
 * flattened, the planner may scan each code once with an open lower start bound and join the
 * classes afterwards (seen at 20,000 volunteers), reading every earlier window. A need with neither
 * specialty nor profession (rare) scans the GiST index on the period instead.
 */
export function shortlistVolunteersSql(need: NeedFacts, page: { limit: number; offset: number }): SQL {
  if (need.specialtyCode === null && need.professionCode === null) return shortlistAnyProfessionSql(need, page);
  const start = sql`${need.window.start}::date`;
  const end = sql`${need.window.end}::date`;
  const minDays = sql`${need.minDays}::int`;
  const minLevel = sql`${need.minCredentialLevel}::smallint`;
  const overlap = overlapDaysSql(start, end);
  const bySpecialty = need.specialtyCode !== null;
  const codes = bySpecialty ? acceptedSpecialties(need.specialtyCode as string) : [need.professionCode as string];
  const ranges = startRanges(need);
  const filters: SQL[] = [
    sql`c.end_day >= ${addDays(need.window.start, need.minDays)}::date`,
    sql`c.end_day - c.start_day >= ${minDays}`,
  ];
  // DESIGN rule 3 (levelFilterSql without its level part, which is the index's level list).
  filters.push(sql`(${minLevel} = 0 OR c.verification_valid_until IS NULL OR c.verification_valid_until >= ${addDays(need.window.end, -1)}::date)`);
  if (bySpecialty) filters.push(sql`(${need.professionCode}::text IS NULL OR c.profession_code = ${need.professionCode}::text)`);
  // The guard folds away with no required language (custom plans see the value): `@> '{}'` would
  // still unpack every row's array.
  const required = arrayParam(need.requiredLanguages, "text");
  filters.push(sql`(cardinality(${required}) = 0 OR c.languages @> ${required})`);
  const specialtyPoints = bySpecialty ? specialtyPointsByMatchSql(sql`q.exact`) : sql`0`;
  const rowScore = sql`${BASE_POINTS} + ${specialtyPoints} + ${overlapPointsSql(overlap, minDays, sql`${need.maxDays}::int`)}
    + ${preferredLanguagePointsSql(need.preferredLanguages)} + ${districtPointsSql(need.districtCode === null ? sql`NULL::int` : sql`${Number(need.districtCode)}::int`)}
    + ${credentialPointsSql(minLevel)} + c.static_points`;
  const codeColumn = bySpecialty ? sql.raw("c.specialty_code") : sql.raw("c.profession_code");
  const levels = LEVELS.filter((l) => l >= need.minCredentialLevel);
  // Inside out: the bounded scans with each row's score; each volunteer's best row (DISTINCT ON
  // after one sort, measured ~8 % cheaper than GROUP BY with max()); the total; the page.
  return sql`
    SELECT g.volunteer_id::text AS id, g.score, g.total FROM (
      SELECT best.volunteer_id, best.score::int AS score, count(*) OVER ()::int AS total FROM (
        SELECT DISTINCT ON (c.volunteer_id) c.volunteer_id, c.score
        FROM unnest(${arrayParam(codes, "text")}, ${arrayParam(codes.map((c) => c === need.specialtyCode), "boolean")}) AS q(code, exact)
        CROSS JOIN unnest(${arrayParam(ranges.map((r) => r.lengthClass), "smallint")}, ${arrayParam(ranges.map((r) => r.firstStart), "date")}) AS b(length_class, first_start)
        CROSS JOIN LATERAL (
          SELECT c.volunteer_id, ${rowScore} AS score
          FROM matching_candidates c
          WHERE ${codeColumn} = q.code AND c.mode = ${need.remote ? "remote" : "in_person"}::service_mode
            AND c.verification_level = ANY (${arrayParam(levels, "smallint")}) AND c.length_class = b.length_class
            AND c.start_day BETWEEN b.first_start AND ${addDays(need.window.end, -need.minDays)}::date
            AND ${sql.join(filters, sql` AND `)}
          OFFSET 0
        ) c
        ORDER BY c.volunteer_id, c.score DESC
      ) best
      ORDER BY score DESC, best.volunteer_id
      LIMIT ${page.limit}::int OFFSET ${page.offset}::int
    ) g
    ORDER BY g.score DESC, g.volunteer_id`;
}

/** A need open to every profession and specialty: overlap through the GiST index on the period. */
function shortlistAnyProfessionSql(need: NeedFacts, page: { limit: number; offset: number }): SQL {
  const start = sql`${need.window.start}::date`;
  const end = sql`${need.window.end}::date`;
  const minDays = sql`${need.minDays}::int`;
  const minLevel = sql`${need.minCredentialLevel}::smallint`;
  const overlap = overlapDaysSql(start, end);
  const where: SQL[] = [
    sql`c.period && daterange(${start}, ${end})`,
    sql`c.mode = ${need.remote ? "remote" : "in_person"}::service_mode`,
    sql`${overlap} >= ${minDays}`,
    levelFilterSql(minLevel, sql`${addDays(need.window.end, -1)}::date`),
  ];
  for (const l of need.requiredLanguages) where.push(sql`${l}::text = ANY (c.languages)`);
  const rowScore = sql`${BASE_POINTS} + ${overlapPointsSql(overlap, minDays, sql`${need.maxDays}::int`)}
    + ${preferredLanguagePointsSql(need.preferredLanguages)} + ${districtPointsSql(need.districtCode === null ? sql`NULL::int` : sql`${Number(need.districtCode)}::int`)}
    + ${credentialPointsSql(minLevel)} + c.static_points`;
  return sql`
    SELECT c.volunteer_id::text AS id, max(${rowScore})::int AS score, count(*) OVER ()::int AS total
    FROM matching_candidates c
    WHERE ${sql.join(where, sql` AND `)}
    GROUP BY c.volunteer_id
    ORDER BY score DESC, c.volunteer_id
    LIMIT ${page.limit}::int OFFSET ${page.offset}::int`;
}

function preferredLanguagePointsSql(languages: readonly string[]): SQL {
  return languages.length
    ? sql.join(languages.map((l) => sql`(CASE WHEN ${l}::text = ANY (c.languages) THEN ${PREFERRED_LANGUAGE_POINTS} ELSE 0 END)`), sql` + `)
    : sql`0`;
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
           OR (c.specialty_code || ':' || n.specialty_code) = ANY (${arrayParam(relatedPairs(), "text")}))
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
