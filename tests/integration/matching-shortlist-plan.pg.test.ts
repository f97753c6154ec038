import { beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { generateMatchingBulk } from "@/db/seed/matching-bulk";
import { loadNeedFacts } from "@/lib/data/matching/facts";
import { shortlistVolunteersSql } from "@/lib/data/matching/shortlist-queries";
import { rowsOf } from "@/lib/data/shared/rate-limit";
import type { NeedFacts } from "@/lib/matching/types";
import { engine, useTestDb } from "../fixtures/db";
import { createOrganization } from "../fixtures/actors";

useTestDb();

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; "Index Cond"?: string; Plans?: PlanNode[] };

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

async function needFacts(db: Db, specialty: string): Promise<NeedFacts> {
  const [{ id }] = rowsOf<{ id: string }>(await db.execute(sql`SELECT id::text AS id FROM needs WHERE specialty_code = ${specialty} ORDER BY id LIMIT 1`));
  return (await loadNeedFacts(db, [id])).get(id)!;
}

async function planOf(db: Db, need: NeedFacts): Promise<PlanNode[]> {
  const r = rowsOf<{ "QUERY PLAN": unknown }>(await db.execute(sql`EXPLAIN (FORMAT JSON) ${shortlistVolunteersSql(need, { limit: 20, offset: 0 })}`));
  const json = r[0]["QUERY PLAN"];
  const parsed = (typeof json === "string" ? JSON.parse(json) : json) as { Plan: PlanNode }[];
  return nodes(parsed[0].Plan);
}

/** Every read of matching_candidates is an index scan of `index` bounded by the code and the window's start. */
function readsOnlyThrough(plan: PlanNode[], index: string, codeColumn: string): boolean {
  const reads = plan.filter((n) => n["Relation Name"] === "matching_candidates");
  return reads.length > 0 && reads.every((n) => n["Index Name"] === index
    && (n["Index Cond"] ?? "").includes(`${codeColumn} = `)
    && (n["Index Cond"] ?? "").includes("length_class = ")
    && (n["Index Cond"] ?? "").includes("start_day >= ")
    && (n["Index Cond"] ?? "").includes("start_day <= "));
}

// Runs in the integration-postgres project only (*.pg.test.ts): PGlite keeps no comparable
// planner statistics, so the plan there says nothing about production.
describe("shortlist plan (issue 5)", () => {
  beforeAll(async () => {
    expect(engine).toBe("postgres");
    const { org } = await createOrganization();
    // 20,000 volunteers (~24,000 candidate rows), VACUUM ANALYZE: at this size a shortlist that lost
    // its index would read far more; at a few hundred rows the planner scans sequentially anyway.
    await generateMatchingBulk((await getDb()) as Db, { volunteers: 20_000, needs: 300, organizationId: org.id });
  }, 300_000);

  it("reads candidates only through the B-tree on (specialty, mode, level, length class, start day), never sequentially", async () => {
    const db = (await getDb()) as Db;
    // 01 has related specialties (one scan per code and length class); 13 has none.
    for (const specialty of ["01", "13"]) {
      const plan = await planOf(db, await needFacts(db, specialty));
      expect(plan.filter((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] === "matching_candidates"), specialty).toEqual([]);
      expect(readsOnlyThrough(plan, "matching_candidates_specialty_scan", "specialty_code"), JSON.stringify(plan.filter((n) => n["Relation Name"]), null, 1)).toBe(true);
      // Index-only: the filters and the score read INCLUDEd columns only.
      expect(plan.filter((n) => n["Relation Name"] === "matching_candidates").map((n) => n["Node Type"]), specialty).toEqual(
        plan.filter((n) => n["Relation Name"] === "matching_candidates").map(() => "Index Only Scan"));
    }
    // A need for a profession without a specialty takes the profession's B-tree.
    const byProfession = { ...(await needFacts(db, "13")), specialtyCode: null };
    const [{ code }] = rowsOf<{ code: string }>(await db.execute(sql`SELECT profession_code AS code FROM matching_candidates WHERE profession_code IS NOT NULL LIMIT 1`));
    expect(readsOnlyThrough(await planOf(db, { ...byProfession, professionCode: code }), "matching_candidates_profession_scan", "profession_code")).toBe(true);

    // Without the index the same query no longer has a bounded access path: this test would catch a
    // migration that drops or changes it.
    const need = await needFacts(db, "01");
    const withoutIndex = await db
      .transaction(async (tx) => {
        await tx.execute(sql`DROP INDEX matching_candidates_specialty_scan`);
        const plan = await planOf(tx as unknown as Db, need);
        throw Object.assign(new Error("rollback"), { plan });
      })
      .catch((e: { plan?: PlanNode[] }) => e.plan ?? []);
    expect(withoutIndex.length).toBeGreaterThan(0);
    expect(readsOnlyThrough(withoutIndex, "matching_candidates_specialty_scan", "specialty_code")).toBe(false);
  });
});
