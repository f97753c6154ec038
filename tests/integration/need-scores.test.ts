// need_scores (migration 0010): the maintained (need, volunteer, score) pairs behind every shortlist
// page. The volunteer side follows matching_candidates (tests/integration/matching-sync.test.ts);
// this file covers the need side's triggers and holds the migration's SQL to the TypeScript query.
import { describe, expect, it } from "vitest";
import { and, eq, inArray, sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { consents, facilities, needLanguages, needs, needScores, users, volunteerPreferredDistricts } from "@/db/schema";
import { loadNeedFacts } from "@/lib/data/matching/facts";
import { pairRowsFrom, shortlistVolunteers } from "@/lib/data/matching/shortlist-queries";
import { rowsOf } from "@/db/rows";
import { loadVolunteerFacts } from "@/lib/data/volunteers/volunteer-facts";
import { evaluate } from "@/lib/matching/explain";
import { useTestDb } from "../fixtures/db";
import { createOrganization } from "../fixtures/actors";
import { createFacility, createVolunteerWithProfile, inDays, NAGPUR, PUNE } from "../fixtures/needs";

useTestDb();

const ALL = { limit: 1_000, offset: 0 };

/** The shortlist of one need as held in need_scores, and as the engine computes it for `volunteerId`. */
async function both(needId: string, volunteerId: string) {
  const db = await getDb();
  const need = (await loadNeedFacts(db, [needId])).get(needId)!;
  const page = await shortlistVolunteers(db, need, ALL);
  const volunteer = await loadVolunteerFacts(db, volunteerId);
  const e = evaluate(volunteer!, need);
  return { held: page.rows.find((r) => r.id === volunteerId)?.score ?? null, engine: e.eligible ? e.score : null, total: page.total };
}

describe("need_scores", () => {
  it("follows every change on the need's side: level, languages, window, facility district, deletion", async () => {
    const db = await getDb();
    const { org } = await createOrganization();
    const facility = await createFacility(org.id, { districtCode: NAGPUR });
    const v = await createVolunteerWithProfile({ level: 2 });
    const [n] = await db
      .insert(needs)
      .values({
        organizationId: org.id,
        facilityId: facility.id,
        type: "public_health",
        title: "PHC doctor",
        specialtyCode: "01",
        window: `[${inDays(30)},${inDays(90)})`,
        minDays: 14,
        maxDays: 60,
        minCredentialLevel: 2,
        status: "open",
      })
      .returning();
    const first = await both(n.id, v.id);
    expect(first.held).not.toBeNull();
    expect(first).toMatchObject({ held: first.engine, total: 1 });

    await db.update(needs).set({ minCredentialLevel: 3 }).where(eq(needs.id, n.id));
    expect(await both(n.id, v.id)).toMatchObject({ held: null, engine: null, total: 0 });
    await db.update(needs).set({ minCredentialLevel: 1 }).where(eq(needs.id, n.id));
    const lower = await both(n.id, v.id);
    expect(lower.held).toBe(first.engine! + 5); // one level above the minimum
    expect(lower.held).toBe(lower.engine);

    await db.insert(needLanguages).values({ needId: n.id, languageCode: "tam", required: true });
    expect((await both(n.id, v.id)).held).toBeNull();
    await db.delete(needLanguages).where(eq(needLanguages.needId, n.id));
    await db.insert(needLanguages).values({ needId: n.id, languageCode: "mar", required: false });
    const preferred = await both(n.id, v.id);
    expect(preferred.held).toBe(lower.held! + 10); // speaks a preferred language
    expect(preferred.held).toBe(preferred.engine);

    // the need takes its district from its facility: moving the facility moves the district points
    await db.insert(volunteerPreferredDistricts).values({ userId: v.id, districtCode: PUNE });
    const before = await both(n.id, v.id);
    await db.update(facilities).set({ districtCode: PUNE }).where(eq(facilities.id, facility.id));
    const moved = await both(n.id, v.id);
    expect(moved.held).toBe(before.held! + 8);
    expect(moved.held).toBe(moved.engine);

    await db
      .update(needs)
      .set({ window: `[${inDays(200)},${inDays(260)})` })
      .where(eq(needs.id, n.id));
    expect(await both(n.id, v.id)).toMatchObject({ held: null, engine: null }); // no overlap any more

    await db
      .update(needs)
      .set({ window: `[${inDays(30)},${inDays(90)})` })
      .where(eq(needs.id, n.id));
    expect((await both(n.id, v.id)).held).toBe(moved.held);
    await db.delete(needs).where(eq(needs.id, n.id));
    expect(await db.select().from(needScores).where(eq(needScores.needId, n.id))).toEqual([]);
  });

  it("drops a volunteer who withdraws consent from every need, takes them back, and forgets a deleted account", async () => {
    const db = await getDb();
    const { org } = await createOrganization();
    const v = await createVolunteerWithProfile();
    const mk = (title: string) => ({
      organizationId: org.id,
      type: "public_health" as const,
      title,
      districtCode: PUNE,
      specialtyCode: "01",
      window: `[${inDays(30)},${inDays(90)})`,
      minDays: 14,
      maxDays: 60,
      minCredentialLevel: 0,
      status: "open" as const,
    });
    const ids = (
      await db
        .insert(needs)
        .values([mk("A"), mk("B")])
        .returning()
    ).map((n) => n.id);
    const mine = async () =>
      (
        await db
          .select()
          .from(needScores)
          .where(and(eq(needScores.volunteerId, v.id), inArray(needScores.needId, ids)))
      ).length;
    expect(await mine()).toBe(2);
    await db.insert(consents).values({ userId: v.id, purpose: "matching", noticeVersion: "test", granted: false, at: new Date(Date.now() + 1000) });
    expect(await mine()).toBe(0);
    await db.insert(consents).values({ userId: v.id, purpose: "matching", noticeVersion: "test", granted: true, at: new Date(Date.now() + 2000) });
    expect(await mine()).toBe(2);
    // a hard delete (accounts are normally scrubbed instead) cascades past the refresh: cleaned up too
    await db.delete(users).where(eq(users.id, v.id));
    expect(await mine()).toBe(0);
  });

  it("equals a full recomputation after need and volunteer edits race each other", async () => {
    const db = await getDb();
    const { org } = await createOrganization();
    const volunteers = await Promise.all(Array.from({ length: 6 }, () => createVolunteerWithProfile({ level: 2 })));
    const created = await db
      .insert(needs)
      .values(
        Array.from({ length: 6 }, (_, i) => ({
          organizationId: org.id,
          type: "public_health" as const,
          title: `Race ${i}`,
          districtCode: PUNE,
          specialtyCode: "01",
          window: `[${inDays(30 + i)},${inDays(90 + i)})`,
          minDays: 14,
          maxDays: 60,
          minCredentialLevel: 0,
          status: "open" as const,
        })),
      )
      .returning();
    // Each side edits what the other side's refresh reads, in its own transaction, all at once
    // (PostgreSQL runs them on separate connections; PGlite serialises them).
    await Promise.all([
      ...created.map((n, i) =>
        db.transaction(async (tx) => {
          await tx
            .update(needs)
            .set({ minCredentialLevel: i % 3, maxDays: 40 + i })
            .where(eq(needs.id, n.id));
          await tx.execute(sql`SELECT pg_sleep(0.02)`);
          await tx.insert(needLanguages).values({ needId: n.id, languageCode: "mar", required: false });
        }),
      ),
      ...volunteers.map((v, i) =>
        db.transaction(async (tx) => {
          await tx.insert(volunteerPreferredDistricts).values({ userId: v.id, districtCode: PUNE });
          await tx.execute(sql`SELECT pg_sleep(0.02)`);
          await tx.execute(sql`UPDATE volunteer_profiles SET verification_level = ${i % 4}::smallint WHERE user_id = ${v.id}::uuid`);
        }),
      ),
    ]);
    const held = rowsOf<{ k: string; score: number }>(await db.execute(sql`SELECT need_id::text || '|' || volunteer_id::text AS k, score FROM need_scores`));
    const fresh = rowsOf<{ k: string; score: number }>(
      await db.execute(sql`SELECT need_id::text || '|' || volunteer_id::text AS k, score FROM matching_need_pair_scores('all', NULL)`),
    );
    expect(fresh.length).toBeGreaterThan(10);
    expect(new Map(held.map((r) => [r.k, Number(r.score)]))).toEqual(new Map(fresh.map((r) => [r.k, Number(r.score)])));
  });

  it("is maintained by the migration's rendering of the same pair query as the round's (pairRowsFrom)", async () => {
    const db = await getDb();
    // The function holds pairRowsFrom() with its parameters written out and the filter as a format()
    // slot: a change to the query or the weights must come with a migration that replaces it.
    const q = new PgDialect().sqlToQuery(pairRowsFrom(sql.raw("%s")));
    const rendered = q.params.reduce<string>((s, p, i) => s.replace(new RegExp(`\\$${i + 1}(?![0-9])`), `'${String(p).replace(/'/g, "''")}'`), q.sql);
    const [{ src }] = rowsOf<{ src: string }>(await db.execute(sql`SELECT prosrc AS src FROM pg_proc WHERE proname = 'matching_need_pair_scores'`));
    expect(src.includes(rendered.trim())).toBe(true);
  });
});
