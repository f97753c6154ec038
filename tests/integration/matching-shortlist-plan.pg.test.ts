import { beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { generateMatchingBulk } from "@/db/seed/matching-bulk";
import { loadNeedFacts } from "@/lib/data/matching/facts";
import { shortlistVolunteersSql } from "@/lib/data/matching/shortlist-queries";
import { rowsOf } from "@/lib/data/shared/rate-limit";
import { engine, useTestDb } from "../fixtures/db";
import { createOrganization } from "../fixtures/actors";

useTestDb();

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; "Index Cond"?: string; Plans?: PlanNode[] };

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

async function planOf(db: Db, specialty: string): Promise<PlanNode[]> {
  const [{ id }] = rowsOf<{ id: string }>(await db.execute(sql`SELECT id::text AS id FROM needs WHERE specialty_code = ${specialty} ORDER BY id LIMIT 1`));
  const need = (await loadNeedFacts(db, [id])).get(id)!;
  const r = rowsOf<{ "QUERY PLAN": unknown }>(await db.execute(sql`EXPLAIN (FORMAT JSON) ${shortlistVolunteersSql(need, { limit: 20, offset: 0 })}`));
  const json = r[0]["QUERY PLAN"];
  const parsed = (typeof json === "string" ? JSON.parse(json) : json) as { Plan: PlanNode }[];
  return nodes(parsed[0].Plan);
}

// Runs in the integration-postgres project only (*.pg.test.ts): PGlite keeps no comparable
// planner statistics, so the plan there says nothing about production.
describe("shortlist plan (issue 5)", () => {
  beforeAll(async () => {
    expect(engine).toBe("postgres");
    const { org } = await createOrganization();
    // 20,000 volunteers (~24,000 candidate rows) and ANALYZE: at this size a shortlist that lost its
    // index would read the whole table; at a few hundred rows the planner scans sequentially anyway.
    await generateMatchingBulk((await getDb()) as Db, { volunteers: 20_000, needs: 300, organizationId: org.id });
  }, 300_000);

  it("uses the GiST index on (specialty_code, period) for both conditions, never a sequential scan", async () => {
    const db = (await getDb()) as Db;
    // 01 has related specialties (= ANY, a bitmap scan); 13 has none (plain equality).
    for (const specialty of ["01", "13"]) {
      const plan = await planOf(db, specialty);
      expect(plan.filter((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] === "matching_candidates"), specialty).toEqual([]);
      const scans = plan.filter((n) => n["Index Name"] === "matching_candidates_specialty_period_gist");
      expect(scans.length, specialty).toBeGreaterThan(0);
      for (const s of scans) {
        expect(s["Index Cond"], specialty).toContain("specialty_code");
        expect(s["Index Cond"], specialty).toContain("period &&");
      }
    }
    // Without the shortlist's indexes the same query reads the whole candidate table: this test
    // would catch a migration that drops or changes the index.
    const withoutIndex = await db
      .transaction(async (tx) => {
        await tx.execute(sql`DROP INDEX matching_candidates_specialty_period_gist`);
        await tx.execute(sql`DROP INDEX matching_candidates_profession_period_gist`);
        const plan = await planOf(tx as unknown as Db, "01");
        throw Object.assign(new Error("rollback"), { plan });
      })
      .catch((e: { plan?: PlanNode[] }) => e.plan ?? []);
    expect(withoutIndex.some((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] === "matching_candidates")).toBe(true);
  });
});
