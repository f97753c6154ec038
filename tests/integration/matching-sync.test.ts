import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  availabilityWindows,
  consents,
  feedback,
  matchingCandidates,
  matches,
  needs,
  placements,
  users,
  volunteerProfiles,
  volunteerSpecialties,
} from "@/db/schema";
import { loadNeedFacts, loadVolunteerFactsMany } from "@/lib/data/matching/facts";
import { shortlistVolunteers } from "@/lib/data/matching/shortlist-queries";
import { evaluate } from "@/lib/matching/explain";
import { useTestDb } from "../fixtures/db";
import { createOrganization } from "../fixtures/actors";
import { createVolunteerWithProfile, inDays, insertOpenNeed } from "../fixtures/needs";

useTestDb();

async function rowsOf(volunteerId: string) {
  const db = await getDb();
  return db.select().from(matchingCandidates).where(eq(matchingCandidates.volunteerId, volunteerId));
}

/** SQL shortlist score of one volunteer for one need, or null when the SQL excludes them. */
async function sqlScore(needId: string, volunteerId: string): Promise<number | null> {
  const db = await getDb();
  const need = (await loadNeedFacts(db, [needId])).get(needId)!;
  const { rows } = await shortlistVolunteers(db, need, { limit: 1000, offset: 0 });
  return rows.find((r) => r.id === volunteerId)?.score ?? null;
}

async function engineScore(needId: string, volunteerId: string): Promise<number | null> {
  const db = await getDb();
  const need = (await loadNeedFacts(db, [needId])).get(needId)!;
  const v = (await loadVolunteerFactsMany(db, [volunteerId])).get(volunteerId)!;
  const e = evaluate(v, need);
  return e.eligible ? e.score : null;
}

describe("matching_candidates kept in sync by triggers (issue 5)", () => {
  it("follows availability, specialties, level, consent and account status", async () => {
    const db = await getDb();
    const v = await createVolunteerWithProfile();
    expect((await rowsOf(v.id)).map((r) => [r.specialtyCode, r.period, r.mode, r.verificationLevel])).toEqual([
      ["01", `[${inDays(20)},${inDays(120)})`, "in_person", 3],
    ]);

    await db.insert(availabilityWindows).values({ userId: v.id, period: `[${inDays(200)},${inDays(260)})`, mode: "remote" });
    await db.insert(volunteerSpecialties).values({ userId: v.id, specialtyCode: "08", isPrimary: false });
    expect(await rowsOf(v.id)).toHaveLength(4); // 2 specialties × 2 windows (the profile allows remote)

    await db.update(volunteerProfiles).set({ verificationLevel: 1, remote: false }).where(eq(volunteerProfiles.userId, v.id));
    const afterLevel = await rowsOf(v.id);
    expect(afterLevel).toHaveLength(2); // remote windows leave with the remote flag
    expect(new Set(afterLevel.map((r) => r.verificationLevel))).toEqual(new Set([1]));

    await db.delete(availabilityWindows).where(eq(availabilityWindows.userId, v.id));
    expect(await rowsOf(v.id)).toHaveLength(0);
    await db.insert(availabilityWindows).values({ userId: v.id, period: `[${inDays(20)},${inDays(120)})`, mode: "in_person" });
    expect(await rowsOf(v.id)).toHaveLength(2);

    // Consent is append-only: a withdrawal row removes the volunteer, a new grant brings them back.
    await db.insert(consents).values({ userId: v.id, purpose: "matching", noticeVersion: "test", granted: false, at: new Date(Date.now() + 1000) });
    expect(await rowsOf(v.id)).toHaveLength(0);
    await db.insert(consents).values({ userId: v.id, purpose: "matching", noticeVersion: "test", granted: true, at: new Date(Date.now() + 2000) });
    expect(await rowsOf(v.id)).toHaveLength(2);

    await db.update(users).set({ status: "deactivated" }).where(eq(users.id, v.id));
    expect(await rowsOf(v.id)).toHaveLength(0);
    await db.update(users).set({ status: "active" }).where(eq(users.id, v.id));
    expect(await rowsOf(v.id)).toHaveLength(2);

    // A full refresh rebuilds exactly what the triggers maintained.
    const before = (await db.select().from(matchingCandidates)).map((r) => JSON.stringify(r)).sort();
    await db.execute(sql`SELECT matching_refresh_candidates(NULL)`);
    expect((await db.select().from(matchingCandidates)).map((r) => JSON.stringify(r)).sort()).toEqual(before);
  });

  it("updates the past-service and fairness points when placements and feedback change, matching the engine", async () => {
    const db = await getDb();
    const { org } = await createOrganization();
    const v = await createVolunteerWithProfile();
    const open = await insertOpenNeed(org.id, { title: "Open", districtCode: null, slots: 1, minCredentialLevel: 0 });
    const [past] = await db
      .insert(needs)
      .values({
        organizationId: org.id,
        type: "public_health",
        title: "Past",
        window: `[${inDays(-300)},${inDays(-10)})`,
        minDays: 1,
        maxDays: 200,
        slots: 5,
        minCredentialLevel: 0,
        status: "closed",
      })
      .returning();
    expect(await sqlScore(open.id, v.id)).toBe(131);

    const [m] = await db
      .insert(matches)
      .values({ needId: past.id, volunteerId: v.id, source: "coordinator", score: 1, reasons: [], status: "approved" })
      .returning();
    const [p] = await db
      .insert(placements)
      .values({ matchId: m.id, needId: past.id, volunteerId: v.id, status: "scheduled", period: `[${inDays(-200)},${inDays(-180)})` })
      .returning();
    expect(await sqlScore(open.id, v.id)).toBe(131 - 8); // offered once: the fairness term goes

    await db.update(placements).set({ status: "completed" }).where(eq(placements.id, p.id));
    expect(await sqlScore(open.id, v.id)).toBe(131 - 8 + 3); // one completed placement

    await db.insert(feedback).values({ placementId: p.id, fromSide: "organization", ratings: { clinical: 5, teamwork: 4 } });
    expect(await sqlScore(open.id, v.id)).toBe(131 - 8 + 3 + 8); // mean 4.5 → round(1.5 × 5) = 8
    expect(await engineScore(open.id, v.id)).toBe(await sqlScore(open.id, v.id));

    await db.delete(feedback).where(eq(feedback.placementId, p.id));
    expect(await sqlScore(open.id, v.id)).toBe(131 - 8 + 3);
  });
});
