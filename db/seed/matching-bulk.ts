// Deterministic bulk volunteers and needs for the shortlist benchmark and plan test (issue 5).
// Generated in SQL (generate_series, hash-derived choices: no PRNG state, same rows every run) in one
// transaction with the matching_candidates triggers off, then one matching_refresh_candidates(NULL)
// and ANALYZE. Specialty popularity is skewed (index ≈ 30·u², so the first code, 01 General
// Practice, is ~18 % of first specialties), like a real register where primary care dominates.
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

export const BULK_SPECIALTIES = [
  "01",
  "08",
  "11",
  "37",
  "16",
  "02",
  "93",
  "06",
  "26",
  "20",
  "18",
  "05",
  "13",
  "10",
  "07",
  "04",
  "03",
  "14",
  "29",
  "30",
  "34",
  "39",
  "44",
  "46",
  "66",
  "22",
  "28",
  "33",
  "77",
  "90",
];

/** h(i, salt) in [0, 1): a stable hash of the row number, so every run draws the same rows. */
const h = (i: string, salt: string) => `((hashtext(${i}::text || '${salt}')::bigint + 2147483648) / 4294967296.0)`;

export async function generateMatchingBulk(db: Db, opts: { volunteers: number; needs: number; organizationId: string }): Promise<void> {
  const specs = `ARRAY[${BULK_SPECIALTIES.map((c) => `'${c}'`).join(",")}]`;
  const langs = `ARRAY['mar','hin','eng','guj','kan','tel','urd']`;
  await db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL skillflow.matching_sync = 'off'`);
    // A bulk load (benchmarks, plan tests) runs far longer than any request may (DB_STATEMENT_TIMEOUT_MS).
    await tx.execute(sql`SET LOCAL statement_timeout = 0`);
    await tx.execute(
      sql.raw(`
      CREATE TEMP TABLE bulk_v ON COMMIT DROP AS
      SELECT g AS i, md5('bulk-volunteer-' || g)::uuid AS id FROM generate_series(1, ${opts.volunteers}) g`),
    );
    await tx.execute(sql.raw(`INSERT INTO users (id, email, name) SELECT id, 'bulk' || i || '@example.org', 'Bulk volunteer ' || i FROM bulk_v`));
    await tx.execute(sql.raw(`INSERT INTO user_roles (user_id, role) SELECT id, 'volunteer' FROM bulk_v`));
    await tx.execute(
      sql.raw(`
      INSERT INTO volunteer_profiles (user_id, full_name, profession_code, years_experience, origin_district_code, in_person, remote,
        verification_level, verification_valid_until)
      SELECT id, 'Dr Bulk ' || i, (SELECT code FROM ref_professions ORDER BY code LIMIT 1),
        floor(${h("i", "y")} * 35)::int, 466 + floor(${h("i", "d")} * 36)::int,
        ${h("i", "p")} < 0.85, ${h("i", "r")} < 0.4,
        (ARRAY[0,1,1,2,2,3,3,3])[1 + floor(${h("i", "l")} * 8)::int],
        CASE WHEN ${h("i", "x")} < 0.3 THEN current_date + floor(${h("i", "xd")} * 500)::int END
      FROM bulk_v`),
    );
    // One or two specialties; the first is primary.
    await tx.execute(
      sql.raw(`
      INSERT INTO volunteer_specialties (user_id, specialty_code, is_primary)
      SELECT DISTINCT ON (id, code) id, code, k = 1 FROM (
        SELECT id, k, (${specs})[1 + floor(power(${h("i || '-' || k", "s")}, 2) * ${BULK_SPECIALTIES.length})::int] AS code
        FROM bulk_v CROSS JOIN generate_series(1, 2) k WHERE k = 1 OR ${h("i", "s2")} < 0.3) x
      ORDER BY id, code, k`),
    );
    await tx.execute(
      sql.raw(`
      INSERT INTO volunteer_languages (user_id, language_code, proficiency)
      SELECT id, (${langs})[k], (ARRAY['basic','conversational','fluent','native'])[1 + floor(${h("i || '-' || k", "lp")} * 4)::int]::proficiency
      FROM bulk_v CROSS JOIN generate_series(1, 7) k WHERE ${h("i || '-' || k", "lk")} < (CASE WHEN k <= 3 THEN 0.7 ELSE 0.15 END)`),
    );
    await tx.execute(
      sql.raw(`
      INSERT INTO volunteer_preferred_districts (user_id, district_code)
      SELECT DISTINCT id, 466 + floor(${h("i || '-' || k", "pd")} * 36)::int FROM bulk_v CROSS JOIN generate_series(1, 2) k WHERE ${h("i || '-' || k", "pk")} < 0.3`),
    );
    // One or two windows a year apart at most; the second starts after the first ends (no overlap).
    await tx.execute(
      sql.raw(`
      INSERT INTO availability_windows (user_id, period, mode, hours_per_week)
      SELECT id, daterange(s, s + len), m::service_mode, CASE WHEN m = 'remote' THEN 4 END FROM (
        SELECT id, k, current_date + floor(${h("i", "ws")} * 300)::int + (k - 1) * 200 AS s,
          20 + floor(${h("i || '-' || k", "wl")} * 160)::int AS len,
          CASE WHEN ${h("i || '-' || k", "wm")} < 0.75 THEN 'in_person' ELSE 'remote' END AS m
        FROM bulk_v CROSS JOIN generate_series(1, 2) k WHERE k = 1 OR ${h("i", "w2")} < 0.4) w`),
    );
    await tx.execute(
      sql.raw(`
      INSERT INTO consents (user_id, purpose, notice_version, granted)
      SELECT id, 'matching', 'bulk', true FROM bulk_v WHERE ${h("i", "c")} < 0.9`),
    );
    await tx.execute(
      sql.raw(`
      INSERT INTO needs (id, organization_id, type, remote, title, specialty_code, district_code, "window", min_days, max_days, slots,
        min_credential_level, status, published_at)
      SELECT md5('bulk-need-' || g)::uuid, '${opts.organizationId}', (ARRAY['rural_primary_care','specialist_camp','teaching','tele_mentoring','public_health'])[1 + g % 5]::need_type,
        g % 5 = 3, 'Bulk need ' || g, (${specs})[1 + floor(power(${h("g", "ns")}, 2) * ${BULK_SPECIALTIES.length})::int],
        466 + floor(${h("g", "nd")} * 36)::int, daterange(current_date + 10 + g % 250, current_date + 70 + g % 250),
        7 + g % 14, 30 + g % 30, 1 + g % 4, (ARRAY[3,3,1,1,2])[1 + g % 5], 'open', now()
      FROM generate_series(1, ${opts.needs}) g`),
    );
    await tx.execute(
      sql.raw(`
      INSERT INTO need_languages (need_id, language_code, required)
      SELECT md5('bulk-need-' || g)::uuid, (${langs})[k], k = 1 AND g % 3 = 0 FROM generate_series(1, ${opts.needs}) g CROSS JOIN generate_series(1, 2) k
      WHERE k = 1 OR g % 2 = 0`),
    );
    await tx.execute(sql`SELECT matching_refresh_candidates(NULL)`);
  });
  // VACUUM as autovacuum would after such a load: index-only scans need the visibility map.
  await db.execute(sql`VACUUM ANALYZE`);
}
