import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { needs } from "@/db/schema";
import { addDays, todayUtc } from "@/lib/validation/calendar-dates";
import { loadNeedFacts, loadVolunteerFactsMany } from "@/lib/data/matching/facts";
import { shortlistVolunteers } from "@/lib/data/matching/shortlist-queries";
import { evaluate } from "@/lib/matching/explain";
import { mulberry32 } from "@/lib/matching/random";
import { useTestDb } from "../fixtures/db";
import { createOrganization } from "../fixtures/actors";
import { professionCodes, seedRandomNeeds, seedRandomVolunteers } from "../fixtures/matching";

useTestDb();

// The shortlist reads windows by length class (2^k ≤ length < 2^(k+1), 9 for 512+ days) with a start
// bound per class (docs/decisions/007). Windows at and around every class edge, including the open
// top class, and minimum stays at the edges too, must give exactly the engine's eligible set.
const WINDOW_DAYS = [1, 2, 3, 4, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 128, 255, 256, 511, 512, 513, 700, 1500];
const MIN_DAYS = [1, 2, 3, 4, 7, 8, 9, 15, 16, 17, 31, 32, 33, 60, 64, 65, 100];

describe("shortlist across window length classes (issue 5)", () => {
  let volunteerIds: string[] = [];
  let needIds: string[] = [];

  beforeAll(async () => {
    const rand = mulberry32(7_0007);
    const org = await createOrganization();
    const professions = await professionCodes();
    volunteerIds = await seedRandomVolunteers(rand, 160, { professions, windowDays: WINDOW_DAYS });
    needIds = await seedRandomNeeds(rand, 24, { organizationId: org.org.id, professions, minDays: MIN_DAYS });
  });

  it("returns the engine's eligible volunteers and scores for every need", async () => {
    const db = await getDb();
    const volunteers = await loadVolunteerFactsMany(db, volunteerIds);
    const needs = await loadNeedFacts(db, needIds);
    let eligible = 0;
    for (const needId of needIds) {
      const need = needs.get(needId)!;
      const expected = volunteerIds
        .map((id) => [id, evaluate(volunteers.get(id)!, need)] as const)
        .flatMap(([id, e]) => (e.eligible ? [[id, e.score] as [string, number]] : []))
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      eligible += expected.length;
      const { rows, total } = await shortlistVolunteers(db, need, { limit: 100_000, offset: 0 });
      expect(
        rows.map((r) => [r.id, r.score]),
        `need ${needId} (min ${need.minDays} days)`,
      ).toEqual(expected);
      expect(total).toBe(expected.length);
    }
    expect(eligible).toBeGreaterThan(40);
  });

  it("keeps windows that overlap by exactly the minimum at every class edge and drops those one day short", async () => {
    const db = await getDb();
    const org = await createOrganization();
    const start = addDays(todayUtc(), 30);
    const end = addDays(start, 90);
    const needId = randomUUID();
    await db.insert(needs).values({
      id: needId,
      organizationId: org.org.id,
      type: "teaching",
      remote: false,
      title: "Edge need",
      specialtyCode: "13",
      window: `[${start},${end})`,
      minDays: 9,
      maxDays: 60,
      slots: 1,
      minCredentialLevel: 0,
      status: "open",
      publishedAt: new Date(),
    });
    // One volunteer per (length, placement): ending exactly minDays into the window, one day less,
    // starting exactly minDays before its end, one day later. Lengths sit at every class edge.
    const lengths = [9, 15, 16, 31, 32, 63, 64, 127, 128, 255, 256, 511, 512, 1023, 1500];
    const windows: { start: string; end: string }[] = [];
    for (const len of lengths) {
      for (const shift of [0, -1]) windows.push({ start: addDays(start, 9 + shift - len), end: addDays(start, 9 + shift) });
      for (const shift of [0, 1]) windows.push({ start: addDays(end, -9 + shift), end: addDays(end, -9 + shift + len) });
    }
    const rand = mulberry32(42);
    const ids = await seedRandomVolunteers(rand, windows.length, { professions: await professionCodes(), windowDays: [10] });
    for (const [i, id] of ids.entries()) {
      await db.execute(
        sql`UPDATE volunteer_profiles SET in_person = true, verification_level = 1, verification_valid_until = NULL WHERE user_id = ${id}::uuid`,
      );
      await db.execute(sql`DELETE FROM volunteer_specialties WHERE user_id = ${id}::uuid`);
      await db.execute(sql`INSERT INTO volunteer_specialties (user_id, specialty_code, is_primary) VALUES (${id}::uuid, '13', true)`);
      await db.execute(sql`DELETE FROM availability_windows WHERE user_id = ${id}::uuid`);
      await db.execute(
        sql`INSERT INTO availability_windows (user_id, period, mode) VALUES (${id}::uuid, daterange(${windows[i].start}::date, ${windows[i].end}::date), 'in_person')`,
      );
      await db.execute(
        sql`INSERT INTO consents (user_id, purpose, notice_version, granted, at) VALUES (${id}::uuid, 'matching', 'test', true, now() + interval '1 hour')`,
      );
    }
    const need = (await loadNeedFacts(db, [needId])).get(needId)!;
    const volunteers = await loadVolunteerFactsMany(db, ids);
    const expected = ids.filter((id) => evaluate(volunteers.get(id)!, need).eligible).sort();
    // Half of the windows reach exactly the minimum (eligible), half fall one day short.
    expect(expected).toHaveLength(windows.length / 2);
    const { rows } = await shortlistVolunteers(db, need, { limit: 1000, offset: 0 });
    expect(
      rows
        .map((r) => r.id)
        .filter((id) => ids.includes(id))
        .sort(),
    ).toEqual(expected);
  });
});
