// No "server-only" marker: the job runner (instrumentation.ts, `npm run jobs:run-once`) imports this.
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { executePrepared } from "@/lib/data/shared/execute-prepared";
import { rowsOf } from "@/db/rows";
import type { NeedFacts } from "@/lib/matching/types";
import {
  BASE_POINTS,
  credentialPointsSql,
  districtPointsSql,
  levelFilterSql,
  overlapDaysSql,
  overlapPointsSql,
  PREFERRED_LANGUAGE_POINTS,
  relatedPairs,
  specialtyPointsSql,
} from "./score-sql";

export type ScoredId = { id: string; score: number };
export type ScoredPage = { rows: ScoredId[]; total: number };

/**
 * A whole list as ONE text parameter in PostgreSQL's array syntax, cast in SQL (`::text[]`): the
 * statement text then does not change with the list's length, and no driver array serialisation
 * is involved.
 */
function textArrayParam(xs: readonly string[]): SQL {
  const items = xs.map((x) => `"${x.replace(/["\\]/g, "\\$&")}"`);
  return sql`${`{${items.join(",")}}`}::text[]`;
}

/**
 * Eligible volunteers for one need, best first (score DESC, volunteer id), one page, with the total.
 * The pairs and scores are maintained in need_scores by the database (migration 0010, from the same
 * pair rows as a round: pairRowsFrom below), so a page costs the same for 50 or 9,000 eligible.
 */
export async function shortlistVolunteers(
  db: DbOrTx,
  need: NeedFacts,
  page: { limit: number; offset: number },
  opts: { sharedOnly?: boolean } = {},
): Promise<ScoredPage> {
  const result = await executePrepared(db, opts.sharedOnly ? sharedNeedScoresPageSql(need.id, page) : needScoresPageSql(need.id, page));
  const rows = rowsOf<{ id: string | null; score: number | null; total: number }>(result);
  return { rows: rows.flatMap((r) => (r.id === null ? [] : [{ id: r.id, score: Number(r.score) }])), total: Number(rows[0]?.total ?? 0) };
}

/**
 * One page of a need's maintained scores (need_scores, migration 0010) and the need's total: an
 * index range read on need_scores_page and an index-only count, however many volunteers qualify.
 * The count rides on a one-row outer query, so a page beyond the end still says the total.
 */
export function needScoresPageSql(needId: string, page: { limit: number; offset: number }): SQL {
  return sql`
    SELECT p.volunteer_id::text AS id, p.score, t.total
    FROM (SELECT count(*)::int AS total FROM need_scores WHERE need_id = ${needId}::uuid) t
    LEFT JOIN LATERAL (
      SELECT s.volunteer_id, s.score FROM need_scores s WHERE s.need_id = ${needId}::uuid
      ORDER BY s.score DESC NULLS LAST, s.volunteer_id -- the index order (need_scores_page)
      LIMIT ${page.limit}::int OFFSET ${page.offset}::int
    ) p ON true
    ORDER BY p.score DESC, p.volunteer_id`;
}

/**
 * DESIGN rule 7: the latest profile_sharing consent row of the volunteer grants it. Written out here
 * (not consent-state.ts's helper) because the job runner imports this file outside Next's server.
 */
export function profileSharedSql(volunteerId: SQL): SQL {
  return sql`coalesce((SELECT c.granted FROM consents c WHERE c.user_id = ${volunteerId} AND c.purpose = 'profile_sharing'
    ORDER BY c.at DESC, c.id DESC LIMIT 1), false)`;
}

/**
 * needScoresPageSql for an organisation's eyes (issue 11, defect 3): only volunteers whose current
 * profile_sharing consent is granted, in the total as well, so a withdrawal removes them at once.
 * The page still walks need_scores_page in order; the count pays one consent lookup per eligible pair.
 */
export function sharedNeedScoresPageSql(needId: string, page: { limit: number; offset: number }): SQL {
  return sql`
    SELECT p.volunteer_id::text AS id, p.score, t.total
    FROM (SELECT count(*)::int AS total FROM need_scores s WHERE s.need_id = ${needId}::uuid AND ${profileSharedSql(sql`s.volunteer_id`)}) t
    LEFT JOIN LATERAL (
      SELECT s.volunteer_id, s.score FROM need_scores s WHERE s.need_id = ${needId}::uuid AND ${profileSharedSql(sql`s.volunteer_id`)}
      ORDER BY s.score DESC NULLS LAST, s.volunteer_id
      LIMIT ${page.limit}::int OFFSET ${page.offset}::int
    ) p ON true
    ORDER BY p.score DESC, p.volunteer_id`;
}

/** Open needs as the volunteer board shows them: published, window not over, deadline not passed. */
export function openNeedSql(today: string): SQL {
  return sql`n.status = 'open' AND upper(n."window") > ${today}::date
    AND (n.application_deadline IS NULL OR n.application_deadline >= ${today}::date)`;
}

/**
 * Eligible (need, volunteer, window) rows over needs joined with candidate rows, with the pair's
 * score through that window and the window's overlap: every hard requirement of
 * lib/matching/eligibility.ts as a WHERE clause and lib/matching/score.ts in SQL. Migration 0010
 * holds this query rendered (matching_need_pair_scores()), grouped per (need, volunteer), to
 * maintain need_scores; a change here needs a migration that replaces that function.
 */
export function pairRowsFrom(filter: SQL): SQL {
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
           OR (c.specialty_code || ':' || n.specialty_code) = ANY (${textArrayParam(relatedPairs())}))
      AND ${levelFilterSql(sql`n.min_credential_level`, sql`(upper(n."window") - 1)`)}
      AND c.languages @> coalesce(nl.required, '{}')`;
}

/** "Needs for me": eligible open needs for one volunteer, best first (score DESC, need id), one page. */
export async function shortlistNeeds(db: DbOrTx, volunteerId: string, today: string, page: { limit: number; offset: number }): Promise<ScoredPage> {
  // The same maintained pairs as a need's shortlist (need_scores), read from the volunteer's side.
  const result = await db.execute(sql`
    SELECT s.need_id::text AS id, s.score, count(*) OVER ()::int AS total
    FROM need_scores s JOIN needs n ON n.id = s.need_id
    WHERE s.volunteer_id = ${volunteerId}::uuid AND ${openNeedSql(today)}
    ORDER BY s.score DESC, s.need_id
    LIMIT ${page.limit}::int OFFSET ${page.offset}::int`);
  const rows = rowsOf<{ id: string; score: number; total: number }>(result);
  if (rows.length === 0 && page.offset > 0) return { rows: [], total: (await shortlistNeeds(db, volunteerId, today, { limit: 1, offset: 0 })).total };
  return { rows: rows.map((r) => ({ id: r.id, score: Number(r.score) })), total: rows.length ? Number(rows[0].total) : 0 };
}

export type PairWindowRow = { needId: string; volunteerId: string; windowId: string; score: number; overlap: number };

/** Every eligible (need, volunteer, window) over the open needs given (a round's instance). */
export async function eligibleWindowPairs(db: DbOrTx, needIds: readonly string[]): Promise<PairWindowRow[]> {
  if (needIds.length === 0) return [];
  const ids = sql`ARRAY[${sql.join(
    needIds.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;
  const result = await db.execute(sql`
    SELECT p.need_id::text AS need_id, p.volunteer_id::text AS volunteer_id, p.window_id::text AS window_id,
      max(p.score)::int AS score, max(p.overlap)::int AS overlap
    FROM (${pairRowsFrom(sql`n.id = ANY (${ids})`)}) p
    GROUP BY p.need_id, p.volunteer_id, p.window_id`);
  return rowsOf<{ need_id: string; volunteer_id: string; window_id: string; score: number; overlap: number }>(result).map((r) => ({
    needId: r.need_id,
    volunteerId: r.volunteer_id,
    windowId: r.window_id,
    score: Number(r.score),
    overlap: Number(r.overlap),
  }));
}
