import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { rowsOf } from "@/db/rows";
import { addDays, parseDateRange } from "@/lib/validation/calendar-dates";
import { boardQuerySchema, type BoardQuery, type NeedType } from "@/lib/validation/needs";
import { boardTerms, FUZZY_MIN_LENGTH, prefixLexeme } from "./board-text";

export const BOARD_PAGE_SIZE = 20;

export type BoardNeed = {
  id: string;
  title: string;
  type: NeedType;
  remote: boolean;
  organizationName: string;
  facilityName: string | null;
  districtName: string | null;
  division: string | null;
  specialtyName: string | null;
  professionLabel: string | null;
  /** Codes beside the English names, so pages name them in the reader's language (lib/i18n/reference-names). */
  specialtyCode: string | null;
  professionCode: string | null;
  windowStart: string;
  windowEnd: string;
  minDays: number;
  maxDays: number;
  hoursPerWeek: number | null;
  weeks: number | null;
  slots: number;
  applicationDeadline: string | null;
  filled: boolean;
};

export type BoardResult = { rows: BoardNeed[]; total: number; page: number; pages: number; query: BoardQuery };

type RawRow = {
  id: string;
  title: string;
  type: NeedType;
  remote: boolean;
  organization_name: string;
  facility_name: string | null;
  district_name: string | null;
  division: string | null;
  specialty_name: string | null;
  profession_label: string | null;
  specialty_code: string | null;
  profession_code: string | null;
  window: string;
  min_days: number;
  max_days: number;
  hours_per_week: number | null;
  weeks: number | null;
  slots: number;
  application_deadline: string | Date | null;
  filled: boolean;
};

/**
 * The board query itself, without "server-only" so the benchmark (bench/needs-board.ts) can run it
 * from the command line. It reads only public data; lib/data/needs/search-needs.ts is the use case.
 *
 * The public needs board (no sign-in): open needs of verified organisations whose window has not
 * ended. Every term must match the weighted document (prefix match) or, from four letters on, a
 * facility or district name within pg_trgm's word similarity ("Nagpr" finds Nagpur). Input of any
 * kind never raises: the schema never rejects, terms are letters only and bound as parameters.
 */
export async function queryBoard(db: DbOrTx, input: unknown): Promise<BoardResult> {
  const parsed = boardQuerySchema.safeParse(input ?? {});
  const query = parsed.success ? parsed.data : boardQuerySchema.parse({});
  const terms = boardTerms(query.q);

  const where: SQL[] = [sql`n.status = 'open'`, sql`o.status = 'verified'`, sql`upper(n."window") > current_date`];
  for (const term of terms) {
    const fuzzy =
      term.length >= FUZZY_MIN_LENGTH
        ? sql` OR n.facility_id IN (SELECT f2.id FROM facilities f2 WHERE ${term} <% lower(f2.name))
               OR n.district_code IN (SELECT d2.code FROM ref_districts d2 WHERE ${term} <% lower(d2.name_en))`
        : sql``;
    where.push(sql`(n.search @@ to_tsquery('simple', ${prefixLexeme(term)})${fuzzy})`);
  }
  if (query.division) where.push(sql`d.division = ${query.division}`);
  if (query.district !== undefined) where.push(sql`n.district_code = ${query.district}`);
  if (query.type) where.push(sql`n.type = ${query.type}`);
  if (query.profession) where.push(sql`n.profession_code = ${query.profession}`);
  if (query.specialty) where.push(sql`n.specialty_code = ${query.specialty}`);
  if (query.language) where.push(sql`EXISTS (SELECT 1 FROM need_languages nl WHERE nl.need_id = n.id AND nl.language_code = ${query.language})`);
  if (query.from) where.push(sql`upper(n."window") > ${query.from}::date`);
  if (query.to) where.push(sql`lower(n."window") <= ${query.to}::date`);
  if (query.mode) where.push(sql`n.remote = ${query.mode === "remote"}`);

  const rank = terms.length ? sql`ts_rank(n.search, to_tsquery('simple', ${terms.map(prefixLexeme).join(" | ")}))` : sql`0`;
  const order =
    query.sort === "newest"
      ? sql`n.published_at DESC NULLS LAST, n.id`
      : query.sort === "deadline"
        ? sql`n.application_deadline ASC NULLS LAST, lower(n."window"), n.id`
        : query.sort === "relevance" && terms.length
          ? sql`${rank} DESC, lower(n."window"), n.id`
          : sql`lower(n."window"), n.id`;

  // The page alone (the ORDER BY can walk needs_open_start_idx and stop at LIMIT), then "filled"
  // for those rows only, and the total as its own count: no window function forces every row.
  const result = await db.execute(sql`
    SELECT n.id, n.title, n.type, n.remote, o.name AS organization_name, f.name AS facility_name,
           d.name_en AS district_name, d.division, s.name AS specialty_name, pr.label AS profession_label,
           n.specialty_code, n.profession_code,
           n."window"::text AS window, n.min_days, n.max_days, n.hours_per_week, n.weeks, n.slots,
           n.application_deadline::text AS application_deadline
    FROM needs n
    JOIN organizations o ON o.id = n.organization_id
    LEFT JOIN facilities f ON f.id = n.facility_id
    LEFT JOIN ref_districts d ON d.code = n.district_code
    LEFT JOIN ref_specialties s ON s.code = n.specialty_code
    LEFT JOIN ref_professions pr ON pr.code = n.profession_code
    WHERE ${sql.join(where, sql` AND `)}
    ORDER BY ${order}
    LIMIT ${BOARD_PAGE_SIZE} OFFSET ${(query.page - 1) * BOARD_PAGE_SIZE}`);
  const raw = rowsOf<RawRow>(result);
  const filled = await filledNeeds(
    db,
    raw.map((r) => r.id),
  );
  const total = await countOnly(db, where);
  return {
    rows: raw.map((r) => toBoardNeed({ ...r, filled: filled.has(r.id) })),
    total,
    page: query.page,
    pages: Math.max(1, Math.ceil(total / BOARD_PAGE_SIZE)),
    query,
  };
}

/** Needs among `ids` whose live placements (offered, scheduled, active) reach their slots. */
async function filledNeeds(db: DbOrTx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`SELECT n.id FROM needs n
      WHERE n.id IN (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})
        AND (SELECT count(*) FROM placements pl WHERE pl.need_id = n.id AND pl.status IN ('offered', 'scheduled', 'active')) >= n.slots`),
  );
  return new Set(rows.map((r) => r.id));
}

async function countOnly(db: DbOrTx, where: SQL[]): Promise<number> {
  const rows = rowsOf<{ n: number | string }>(
    await db.execute(sql`SELECT count(*) AS n FROM needs n JOIN organizations o ON o.id = n.organization_id
      LEFT JOIN ref_districts d ON d.code = n.district_code WHERE ${sql.join(where, sql` AND `)}`),
  );
  return Number(rows[0]?.n ?? 0);
}

export function toBoardNeed(r: RawRow): BoardNeed {
  const { start, end } = parseDateRange(r.window);
  return {
    id: r.id,
    title: r.title,
    type: r.type,
    remote: r.remote,
    organizationName: r.organization_name,
    facilityName: r.facility_name,
    districtName: r.district_name,
    division: r.division,
    specialtyName: r.specialty_name,
    professionLabel: r.profession_label,
    specialtyCode: r.specialty_code,
    professionCode: r.profession_code,
    windowStart: start,
    windowEnd: addDays(end, -1),
    minDays: r.min_days,
    maxDays: r.max_days,
    hoursPerWeek: r.hours_per_week,
    weeks: r.weeks,
    slots: r.slots,
    applicationDeadline: r.application_deadline instanceof Date ? r.application_deadline.toISOString().slice(0, 10) : r.application_deadline,
    filled: r.filled === true || (r.filled as unknown) === "t",
  };
}
