import { beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { generateMatchingBulk } from "@/db/seed/matching-bulk";
import { eligibleWindowPairs, needScoresPageSql } from "@/lib/data/matching/shortlist-queries";
import { rowsOf } from "@/db/rows";
import { engine, useTestDb } from "../fixtures/db";
import { createOrganization } from "../fixtures/actors";

useTestDb();

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; "Index Cond"?: string; Plans?: PlanNode[] };

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

async function planOf(db: Db, needId: string): Promise<PlanNode[]> {
  const r = rowsOf<{ "QUERY PLAN": unknown }>(await db.execute(sql`EXPLAIN (FORMAT JSON) ${needScoresPageSql(needId, { limit: 20, offset: 0 })}`));
  const json = r[0]["QUERY PLAN"];
  const parsed = (typeof json === "string" ? JSON.parse(json) : json) as { Plan: PlanNode }[];
  return nodes(parsed[0].Plan);
}

/** Every read of need_scores goes through an index bounded by the need (no scan of other needs' rows). */
function readsOnlyByNeed(plan: PlanNode[]): boolean {
  const reads = plan.filter((n) => n["Relation Name"] === "need_scores");
  return reads.length === 2 && reads.every((n) => /Index/.test(n["Node Type"]) && (n["Index Cond"] ?? "").includes("need_id = "));
}

// Runs in the integration-postgres project only (*.pg.test.ts): PGlite keeps no comparable
// planner statistics, so the plan there says nothing about production.
describe("shortlist plan (issue 5)", () => {
  beforeAll(async () => {
    expect(engine).toBe("postgres");
    const { org } = await createOrganization();
    // 20,000 volunteers (~24,000 candidate rows, ~100,000 scored pairs), VACUUM ANALYZE: at this
    // size a page that lost its index would read far more; at a few hundred rows the planner scans
    // sequentially anyway.
    await generateMatchingBulk((await getDb()) as Db, { volunteers: 20_000, needs: 300, organizationId: org.id });
  }, 300_000);

  it("reads a page and its total through need_scores' indexes, bounded by the need, never sequentially", async () => {
    const db = (await getDb()) as Db;
    const need = await busiestNeed(db);
    const plan = await planOf(db, need);
    expect(
      plan.filter((n) => n["Node Type"] === "Seq Scan"),
      JSON.stringify(plan, null, 1),
    ).toEqual([]);
    expect(
      readsOnlyByNeed(plan),
      JSON.stringify(
        plan.filter((n) => n["Relation Name"]),
        null,
        1,
      ),
    ).toBe(true);
    // the page is read in index order: no sort of the need's rows
    expect(plan.some((n) => n["Relation Name"] === "need_scores" && n["Index Name"] === "need_scores_page")).toBe(true);

    // Without the index the same query has no bounded, ordered path: this test would catch a
    // migration that drops or changes it.
    const withoutIndex = await db
      .transaction(async (tx) => {
        await tx.execute(sql`DROP INDEX need_scores_page`);
        await tx.execute(sql`ALTER TABLE need_scores DROP CONSTRAINT need_scores_need_id_volunteer_id_pk`);
        const p = await planOf(tx as unknown as Db, need);
        throw Object.assign(new Error("rollback"), { plan: p });
      })
      .catch((e: { plan?: PlanNode[] }) => e.plan ?? []);
    expect(withoutIndex.length).toBeGreaterThan(0);
    expect(readsOnlyByNeed(withoutIndex)).toBe(false);
  });

  it("holds, for every pair, the round's best score (the maintained table equals the query it replaces)", async () => {
    const db = (await getDb()) as Db;
    const needIds = rowsOf<{ id: string }>(await db.execute(sql`SELECT id::text AS id FROM needs ORDER BY id LIMIT 25`)).map((r) => r.id);
    const expected = new Map<string, number>();
    for (const p of await eligibleWindowPairs(db, needIds)) {
      const key = `${p.needId}|${p.volunteerId}`;
      expected.set(key, Math.max(expected.get(key) ?? -1, p.score));
    }
    const held = rowsOf<{ need_id: string; volunteer_id: string; score: number }>(
      await db.execute(sql`
      SELECT need_id::text, volunteer_id::text, score FROM need_scores WHERE need_id = ANY (${`{${needIds.join(",")}}`}::uuid[])`),
    );
    expect(expected.size).toBeGreaterThan(1_000);
    expect(new Map(held.map((r) => [`${r.need_id}|${r.volunteer_id}`, Number(r.score)]))).toEqual(expected);
  });
});

async function busiestNeed(db: Db): Promise<string> {
  const [{ id }] = rowsOf<{ id: string }>(
    await db.execute(sql`SELECT need_id::text AS id FROM need_scores GROUP BY need_id ORDER BY count(*) DESC, need_id LIMIT 1`),
  );
  return id;
}
