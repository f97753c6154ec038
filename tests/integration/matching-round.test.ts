import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { auditLog, candidatePreferences, interests, matchRounds, matches, needLanguages, needs, placements } from "@/db/schema";
import { runRound, type RoundReport } from "@/lib/data/matching/run-round";
import { startRound } from "@/lib/data/matching/start-round";
import { getRound } from "@/lib/data/matching/list-rounds";
import { runDueJobs } from "@/lib/jobs/runner";
import { runnerConfig } from "@/lib/jobs/registry";
import { AppError } from "@/lib/errors";
import { useTestDb } from "../fixtures/db";
import { createActor, createOrganization } from "../fixtures/actors";
import { createVolunteerWithProfile, insertOpenNeed } from "../fixtures/needs";
import { expectAppError } from "../fixtures/app-error";

useTestDb();

/** An open, published need for anyone at level 0, with no district: only specialty and dates decide. */
async function need(organizationId: string, over: Partial<typeof needs.$inferInsert>) {
  const n = await insertOpenNeed(organizationId, { title: "Need", districtCode: null, slots: 1, minCredentialLevel: 0, publishedAt: new Date(), ...over });
  return n.id;
}

async function runQueued(): Promise<void> {
  const db = await getDb();
  await runDueJobs(db, { handlers: runnerConfig().handlers, periodic: [] });
}

/**
 * Hand-checked instance. Each volunteer (createVolunteerWithProfile: primary 01, level 3, 12 years,
 * in person [+20, +120), never offered) scores against a specialty-01 need over [+30, +90), 14–60 days:
 * base 50 + primary specialty 40 + overlap 12 (46 extra days = 6 weeks × 2) + level 3 above 0: 15
 * + experience 6 + fairness 8 = 131; with a level-3 minimum the credential term is 0: 116.
 */
describe("matching rounds (issue 5)", () => {
  it("runs an optimal round off the request path and saves proposals with reasons, never approved", async () => {
    const db = await getDb();
    const coordinator = await createActor(["coordinator"]);
    const { org } = await createOrganization();
    const v1 = await createVolunteerWithProfile({ name: "Dr One" });
    const v2 = await createVolunteerWithProfile({ name: "Dr Two" });
    const n1 = await need(org.id, { title: "N1" });
    const n2 = await need(org.id, { title: "N2", slots: 2 });
    const n5 = await need(org.id, { title: "N5 level 3", minCredentialLevel: 3 });
    const n3 = await need(org.id, { title: "N3 cardiology", specialtyCode: "06" });
    const n4 = await need(org.id, { title: "N4 Gujarati" });
    await db.insert(needLanguages).values({ needId: n4, languageCode: "guj", required: true });
    // An open proposal for (v1, n2) takes one of n2's two slots and is never proposed again.
    await db.insert(matches).values({ needId: n2, volunteerId: v1.id, source: "coordinator", score: 1, reasons: [] });

    const { roundId } = await startRound(coordinator, { kind: "optimal" });
    const busy = await expectAppError(startRound(coordinator, { kind: "optimal" }));
    expect((busy as AppError).code).toBe("rule_violation");
    expect((await db.select().from(matchRounds).where(eq(matchRounds.id, roundId)))[0]).toMatchObject({ status: "queued", progress: 0 });
    expect(await db.select().from(auditLog).where(eq(auditLog.action, "round.started"))).toHaveLength(1);

    await runQueued();
    const [round] = await db.select().from(matchRounds).where(eq(matchRounds.id, roundId));
    expect(round).toMatchObject({ status: "done", progress: 100, error: null });
    const report = round.report as RoundReport;
    expect(report).toMatchObject({
      kind: "optimal",
      needsConsidered: 5,
      slotsOpen: 5,
      slotsFilled: 2,
      needsFilled: 2,
      needsPartlyFilled: 0,
      needsLeftEmpty: 3,
      volunteersConsidered: 2,
      unitsConsidered: 2,
      eligiblePairs: 5,
      pairsSkipped: 1,
      volunteersPlaced: 2,
      totalScore: 262,
    });
    expect(new Map(report.emptyNeeds.map((e) => [e.needId, [e.reason, e.eligible]]))).toEqual(
      new Map([
        [n3, ["no_eligible_volunteer", 0]],
        [n4, ["no_eligible_volunteer", 0]],
        [n5, ["all_eligible_taken", 2]],
      ]),
    );

    const proposed = await db.select().from(matches).where(eq(matches.roundId, roundId));
    expect(proposed.map((m) => [m.volunteerId, m.needId, m.score, m.status, m.source]).sort()).toEqual(
      [
        [v1.id, n1, 131, "proposed", "round"],
        [v2.id, n2, 131, "proposed", "round"],
      ].sort(),
    );
    for (const m of proposed) {
      const reasons = m.reasons as { key: string; points: number; text: string }[];
      expect(reasons.reduce((s, r) => s + r.points, 0)).toBe(m.score);
      expect(reasons.map((r) => r.key)).toEqual(
        expect.arrayContaining(["eligible", "specialty.exactPrimary", "overlap", "credential.aboveMinimum", "fairness.neverOffered"]),
      );
    }
    expect(await db.select().from(placements)).toHaveLength(0);
    expect(await db.select().from(matches).where(eq(matches.status, "approved"))).toHaveLength(0);

    // The round page shows the same figures; running the job again changes nothing.
    const page = await getRound(coordinator, { roundId });
    expect(page.total).toBe(2);
    expect(page.proposals[0].reasons.length).toBeGreaterThan(3);
    expect(await runRound(db as Db, roundId)).toBeNull();
    expect(await db.select().from(matches).where(eq(matches.roundId, roundId))).toHaveLength(2);
    const volunteer = await createActor(["volunteer"]);
    expect(((await expectAppError(startRound(volunteer, { kind: "optimal" }))) as AppError).code).toBe("forbidden");
  });

  it("runs a stable round that honours the volunteers' interest ranks", async () => {
    const db = await getDb();
    await db.delete(matches);
    const coordinator = await createActor(["coordinator"]);
    const { org } = await createOrganization();
    const v1 = await createVolunteerWithProfile({ name: "Dr Ranker" });
    const a = await need(org.id, { title: "A" });
    const b = await need(org.id, { title: "B level 3", minCredentialLevel: 3 });
    // v1 prefers b (score 116) to a (131): the optimal round would give a, the stable round gives b.
    await db.insert(interests).values([
      { needId: b, volunteerId: v1.id, rank: 1 },
      { needId: a, volunteerId: v1.id, rank: 2 },
    ]);
    // The organisation ranks v1 first for b, so no tie among equal scores can displace v1 there.
    await db.insert(candidatePreferences).values({ needId: b, volunteerId: v1.id, rank: 1, markedBy: coordinator.id });
    await db.update(needs).set({ status: "closed" }).where(eq(needs.title, "N1"));
    for (const t of ["N2", "N5 level 3", "N3 cardiology", "N4 Gujarati"]) await db.update(needs).set({ status: "closed" }).where(eq(needs.title, t));
    const { roundId } = await startRound(coordinator, { kind: "stable" });
    await runQueued();
    const [round] = await db.select().from(matchRounds).where(eq(matchRounds.id, roundId));
    expect(round.status).toBe("done");
    const proposed = await db.select().from(matches).where(eq(matches.roundId, roundId));
    const ofV1 = proposed.find((m) => m.volunteerId === v1.id);
    expect(ofV1).toMatchObject({ needId: b, score: 116, status: "proposed" });
    // The earlier volunteers (who ranked nothing) compete for a by score; a has one slot.
    expect(proposed.filter((m) => m.needId === a)).toHaveLength(1);
    expect(round.report as RoundReport).toMatchObject({ kind: "stable", slotsFilled: 2, totalScore: 116 + 131, volunteersPlaced: 2 });
  });
});
