// The public needs board at 10,000 open needs (issue 4): times queryBoard() for typical searches.
// PGlite in memory by default; real PostgreSQL with BENCH_DATABASE_URL (a scratch database is
// created beside the one named and dropped afterwards). Prints figures; asserts nothing.
import { sql } from "drizzle-orm";
import { openPglite, openPostgres, type Handle } from "@/db/client";
import { migrate } from "@/db/migrate";
import { queryBoard } from "@/lib/data/needs/board-query";
import type { BenchResult } from "./types";

const NEEDS = Number(process.env.BENCH_NEEDS ?? 10_000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 15);

async function openScratch(): Promise<{ handle: Handle; engine: string; drop: () => Promise<void> }> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    const handle = await openPglite("memory://");
    return { handle, engine: "pglite", drop: () => handle.close() };
  }
  const name = `sf_bench_board_${process.pid}`;
  const admin = await openPostgres(url, 1);
  await admin.db.execute(sql.raw(`DROP DATABASE IF EXISTS ${name}`));
  await admin.db.execute(sql.raw(`CREATE DATABASE ${name}`));
  const u = new URL(url);
  u.pathname = "/" + name;
  const handle = await openPostgres(u.toString(), 4);
  return {
    handle,
    engine: "postgres",
    drop: async () => {
      await handle.close();
      await admin.db.execute(sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      await admin.close();
    },
  };
}

/** One verified organisation, a facility per sample facility, NEEDS open needs spread over them. */
async function seed(handle: Handle): Promise<void> {
  const db = handle.db;
  await db.execute(sql`INSERT INTO users (id, email, name) VALUES ('00000000-0000-4000-8000-00000000b0a1', 'bench@example.org', 'Bench')`);
  await db.execute(sql`INSERT INTO organizations (id, name, kind, state_code, contact_email, status)
    VALUES ('00000000-0000-4000-8000-00000000b0a2', 'Bench Health Department', 'state_health_department', 27, 'bench@example.org', 'verified')`);
  await db.execute(sql`INSERT INTO facilities (organization_id, type, name, district_code, address, pincode)
    SELECT '00000000-0000-4000-8000-00000000b0a2', 'phc', name, district_code, coalesce(block, ''), pincode FROM ref_demo_facilities`);
  await db.execute(sql`
    WITH f AS (SELECT id, district_code, row_number() OVER (ORDER BY id) - 1 AS i, count(*) OVER () AS n FROM facilities),
         s AS (SELECT code, name, row_number() OVER (ORDER BY code) - 1 AS i, count(*) OVER () AS n FROM ref_specialties),
         g AS (SELECT generate_series(0, ${NEEDS - 1}) AS k)
    INSERT INTO needs (organization_id, facility_id, district_code, type, remote, title, description, specialty_code,
                       "window", min_days, max_days, slots, min_credential_level, status, published_at, application_deadline)
    SELECT '00000000-0000-4000-8000-00000000b0a2', f.id, f.district_code,
           (ARRAY['rural_primary_care','specialist_camp','teaching','tele_mentoring','public_health'])[1 + g.k % 5]::need_type,
           g.k % 5 = 3,
           s.name || (ARRAY[' camp',' outreach',' teaching exchange',' tele-mentoring',' programme'])[1 + g.k % 5] || ' #' || g.k,
           'Bench need ' || g.k || ': outpatient clinics, screening and training of local staff.',
           s.code,
           daterange(current_date + 20 + (g.k % 200), current_date + 50 + (g.k % 200)), 5, 20, 1 + g.k % 4,
           CASE WHEN g.k % 5 IN (2, 3) THEN 1 ELSE 3 END, 'open', now() - (g.k || ' minutes')::interval,
           current_date + 10 + (g.k % 200)
    FROM g JOIN f ON f.i = g.k % f.n JOIN s ON s.i = (g.k * 7) % s.n`);
  await db.execute(sql`INSERT INTO need_languages (need_id, language_code, required)
    SELECT id, 'mar', (row_number() OVER (ORDER BY id)) % 2 = 0 FROM needs`);
  await db.execute(sql`ANALYZE`);
}

const cases: { name: string; input: Record<string, string> }[] = [
  { name: "browse, soonest first", input: {} },
  { name: "text: cardiology", input: { q: "cardiology" } },
  { name: "text + prefix: paediatric camp", input: { q: "pediatric camp" } },
  { name: "typo in district: Nagpr", input: { q: "Nagpr" } },
  { name: "text + division + type", input: { q: "surgery", division: "Konkan", type: "specialist_camp" } },
  { name: "language + dates + remote", input: { language: "mar", from: new Date(Date.now() + 100 * 86_400_000).toISOString().slice(0, 10), mode: "remote" } },
  { name: "deep page (50) by deadline", input: { sort: "deadline", page: "50" } },
  { name: "hostile: 10,000 characters", input: { q: "'; DROP TABLE needs; -- ".repeat(420) } },
];

export async function run(): Promise<BenchResult[]> {
  const { handle, engine, drop } = await openScratch();
  const out: BenchResult[] = [];
  try {
    const t0 = performance.now();
    await migrate(handle);
    await seed(handle);
    out.push({ bench: "needs-board: seed", ms: Math.round(performance.now() - t0), engine, needs: NEEDS });
    for (const c of cases) {
      await queryBoard(handle.db, c.input); // warm the plan and caches
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < REPEAT; i++) {
        const s = performance.now();
        total = (await queryBoard(handle.db, c.input)).total;
        times.push(performance.now() - s);
      }
      times.sort((a, b) => a - b);
      const mean = times.reduce((a, b) => a + b, 0) / times.length;
      out.push({
        bench: `needs-board: ${c.name}`,
        ms: Math.round(mean * 10) / 10,
        p95: Math.round(times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] * 10) / 10,
        engine,
        needs: NEEDS,
        matches: total,
      });
    }
  } finally {
    await drop();
  }
  return out;
}
