// Approving, rejecting and proposing matches: every refusal is clear and writes nothing
// (DESIGN rules 1, 3, 6, 8); an approval writes one placement, one notification, one audit row.
import { beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, candidatePreferences, consents, interests, matches, notifications, placements, settings } from "@/db/schema";
import { approveMatch } from "@/lib/data/matches/approve-match";
import { bulkApproveRound } from "@/lib/data/matches/bulk-approve-round";
import { getMatchDecision } from "@/lib/data/matches/get-match-decision";
import { listMatchQueue } from "@/lib/data/matches/list-match-queue";
import { proposeMatch } from "@/lib/data/matches/propose-match";
import { rejectMatch } from "@/lib/data/matches/reject-match";
import { anonymous, type SignedInActor } from "@/lib/auth/actor.types";
import { useTestDb } from "../fixtures/db";
import { createActor } from "../fixtures/actors";
import { createMatch, createNeed, createRound, createVolunteer } from "../fixtures/domain";
import { expectAppError } from "../fixtures/app-error";

useTestDb();
let coordinator: SignedInActor;

beforeAll(async () => {
  coordinator = await createActor(["coordinator"]);
});

async function refusal(p: Promise<unknown>): Promise<{ code: string; key: string; fields: Record<string, string[]> }> {
  const e = await expectAppError(p);
  return { code: e.code, key: e.messageKey, fields: e.fieldErrors };
}

/** Row counts that any approval would change. */
async function footprint() {
  const db = await getDb();
  const [p] = await db.select({ n: count() }).from(placements);
  const [n] = await db.select({ n: count() }).from(notifications);
  const [a] = await db.select({ n: count() }).from(auditLog);
  const [m] = await db.select({ n: count() }).from(matches).where(eq(matches.status, "proposed"));
  return { placements: p.n, notifications: n.n, audit: a.n, proposed: m.n };
}

async function scene(volunteer: Parameters<typeof createVolunteer>[0] = {}, need: Parameters<typeof createNeed>[0] = {}) {
  const v = await createVolunteer(volunteer);
  const n = await createNeed(need);
  const m = await createMatch({ needId: n.need.id, volunteerId: v.id });
  return { v, ...n, m };
}

const march = { firstDay: "2031-03-01", lastDay: "2031-03-31" };

describe("approveMatch", () => {
  it("creates an offered placement with a reply deadline, one notification and one audit row", async () => {
    const { v, m, need } = await scene();
    const before = await footprint();
    const res = await approveMatch(coordinator, { matchId: m.id, ...march });
    const db = await getDb();
    const [p] = await db.select().from(placements).where(eq(placements.id, res.placementId));
    expect(p).toMatchObject({ status: "offered", period: "[2031-03-01,2031-04-01)", needId: need.id, volunteerId: v.id, approvedBy: coordinator.id });
    const days = (p.offerExpiresAt!.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThan(7.1);
    const [mm] = await db.select().from(matches).where(eq(matches.id, m.id));
    expect(mm).toMatchObject({ status: "approved", decidedBy: coordinator.id });
    const [note] = await db.select().from(notifications).where(eq(notifications.userId, v.id));
    expect(note).toMatchObject({ kind: "offer_made", dedupeKey: `offer_made:${p.id}` });
    expect(note.params).toMatchObject({ needTitle: need.title, startDate: "2031-03-01", endDate: "2031-03-31" });
    const after = await footprint();
    expect(after).toEqual({
      placements: before.placements + 1,
      notifications: before.notifications + 1,
      audit: before.audit + 1,
      proposed: before.proposed - 1,
    });
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.objectId, m.id));
    expect(audit).toMatchObject({ action: "match.approved", actorId: coordinator.id });
  });

  it("uses the offers.replyDays setting for the deadline", async () => {
    const db = await getDb();
    await db.insert(settings).values({ key: "offers.replyDays", value: 3 });
    try {
      const { m } = await scene();
      const res = await approveMatch(coordinator, { matchId: m.id, ...march });
      const days = (res.offerExpiresAt.getTime() - Date.now()) / 86_400_000;
      expect(Math.round(days)).toBe(3);
    } finally {
      await db.delete(settings).where(eq(settings.key, "offers.replyDays"));
    }
  });

  it("refuses a match whose need closed, and writes nothing", async () => {
    const { m } = await scene({}, { status: "closed" });
    const before = await footprint();
    expect(await refusal(approveMatch(coordinator, { matchId: m.id, ...march }))).toMatchObject({
      code: "rule_violation",
      key: "placements.errors.needNotOpen",
    });
    expect(await footprint()).toEqual(before);
  });

  it("refuses when the volunteer withdrew consent to matching (latest record wins)", async () => {
    const { v, m } = await scene();
    const db = await getDb();
    await db.insert(consents).values({ userId: v.id, purpose: "matching", noticeVersion: "test-1", granted: false, at: new Date(Date.now() + 1000) });
    const before = await footprint();
    expect(await refusal(approveMatch(coordinator, { matchId: m.id, ...march }))).toMatchObject({ code: "rule_violation", key: "placements.errors.noConsent" });
    expect(await footprint()).toEqual(before);
  });

  it("refuses when the licence expires in the middle of the period", async () => {
    const { m } = await scene({ licenceValidTo: "2031-03-15" });
    const before = await footprint();
    const r = await refusal(approveMatch(coordinator, { matchId: m.id, ...march }));
    expect(r).toMatchObject({ code: "rule_violation", key: "placements.rules.credentialExpires" });
    expect(await footprint()).toEqual(before);
    // a period that ends while the licence is still valid is fine
    await approveMatch(coordinator, { matchId: m.id, firstDay: "2031-03-01", lastDay: "2031-03-15" });
  });

  it("an expired level no longer counts (DESIGN rule 3)", async () => {
    const { m } = await scene({ level: 3, validUntil: "2020-12-31", licenceValidTo: "2020-12-31" });
    expect(await refusal(approveMatch(coordinator, { matchId: m.id, ...march }))).toMatchObject({ key: "placements.rules.credentialLevel" });
  });

  it("refuses a match that was already rejected", async () => {
    const { m } = await scene();
    await rejectMatch(coordinator, { matchId: m.id, reason: "Needs a paediatrician instead" });
    const before = await footprint();
    expect(await refusal(approveMatch(coordinator, { matchId: m.id, ...march }))).toMatchObject({ code: "conflict", key: "placements.errors.matchDecided" });
    expect(await footprint()).toEqual(before);
  });

  it("checks the period against the window, lengths, cap and availability, listing every broken rule", async () => {
    const { m } = await scene({ availability: [{ period: "[2031-01-01,2031-03-01)" }] }, { minDays: 14, maxDays: 30 });
    const before = await footprint();
    const outside = await refusal(approveMatch(coordinator, { matchId: m.id, firstDay: "2030-12-20", lastDay: "2031-02-28" }));
    expect(outside.code).toBe("rule_violation");
    expect(outside.fields.firstDay).toEqual(["placements.rules.outsideWindow", "placements.rules.tooLong", "placements.rules.outsideAvailability"]);
    expect(await refusal(approveMatch(coordinator, { matchId: m.id, firstDay: "2031-02-01", lastDay: "2031-02-05" }))).toMatchObject({
      key: "placements.rules.tooShort",
    });
    expect(await refusal(approveMatch(coordinator, { matchId: m.id, firstDay: "2031-03-01", lastDay: "2031-03-20" }))).toMatchObject({
      key: "placements.rules.outsideAvailability",
    });
    expect(await refusal(approveMatch(coordinator, { matchId: m.id, firstDay: "2031-02-20", lastDay: "2031-02-01" }))).toMatchObject({
      key: "placements.rules.endsBeforeStart",
    });
    const db = await getDb();
    await db.insert(settings).values({ key: "platform.capDays", value: 20 });
    try {
      expect(await refusal(approveMatch(coordinator, { matchId: m.id, firstDay: "2031-02-01", lastDay: "2031-02-28" }))).toMatchObject({
        key: "placements.rules.overCap",
      });
    } finally {
      await db.delete(settings).where(eq(settings.key, "platform.capDays"));
    }
    expect(await footprint()).toEqual(before);
  });

  it("rejects malformed input with field errors", async () => {
    const r = await refusal(approveMatch(coordinator, { matchId: "nope", firstDay: "2031-13-45", lastDay: "" }));
    expect(r.code).toBe("invalid_input");
    expect(Object.keys(r.fields).sort()).toEqual(["firstDay", "lastDay", "matchId"]);
  });

  it("a volunteer or organisation member calling approve directly is refused, writes nothing, and the denial is logged", async () => {
    const { v, m, orgActor } = await scene();
    const db = await getDb();
    for (const actor of [v.actor, orgActor!]) {
      const before = await footprint();
      expect(await refusal(approveMatch(actor, { matchId: m.id, ...march }))).toMatchObject({ code: "forbidden" });
      const after = await footprint();
      expect({ ...after, audit: after.audit - 1 }).toEqual(before);
      const denials = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.actorId, actor.id), eq(auditLog.action, "match.approve.denied")));
      expect(denials).toHaveLength(1);
      expect(denials[0].objectId).toBe(m.id);
    }
    const [mm] = await db.select().from(matches).where(eq(matches.id, m.id));
    expect(mm.status).toBe("proposed");
  });
});

describe("rejectMatch, proposeMatch and the queue", () => {
  it("rejects with a reason on record; a second decision conflicts", async () => {
    const { m } = await scene();
    await rejectMatch(coordinator, { matchId: m.id, reason: "Dates do not suit the camp" });
    const db = await getDb();
    const [mm] = await db.select().from(matches).where(eq(matches.id, m.id));
    expect(mm).toMatchObject({ status: "rejected", rejectReason: "Dates do not suit the camp", decidedBy: coordinator.id });
    expect(await refusal(rejectMatch(coordinator, { matchId: m.id, reason: "again" }))).toMatchObject({ code: "conflict" });
    expect(await refusal(rejectMatch(coordinator, { matchId: m.id, reason: "  " }))).toMatchObject({ code: "invalid_input" });
  });

  it("a coordinator's pick becomes a proposal; one open proposal per pair; consent required", async () => {
    const v = await createVolunteer();
    const { need } = await createNeed();
    const { matchId } = await proposeMatch(coordinator, { needId: need.id, volunteerId: v.id });
    const db = await getDb();
    const [mm] = await db.select().from(matches).where(eq(matches.id, matchId));
    expect(mm).toMatchObject({ source: "coordinator", status: "proposed", createdBy: coordinator.id });
    expect(await refusal(proposeMatch(coordinator, { needId: need.id, volunteerId: v.id }))).toMatchObject({
      code: "conflict",
      key: "errors.conflicts.matchExists",
    });
    const noConsent = await createVolunteer({ consent: false });
    expect(await refusal(proposeMatch(coordinator, { needId: need.id, volunteerId: noConsent.id }))).toMatchObject({ key: "placements.errors.noConsent" });
    expect(await refusal(proposeMatch(v.actor, { needId: need.id, volunteerId: v.id }))).toMatchObject({ code: "forbidden" });
  });

  it("lists proposals with both sides' ranks and filters by district, type and round", async () => {
    const { m, need, v, orgMember } = await scene({}, { districtCode: 482, title: "Queue filter need" });
    const db = await getDb();
    await db.insert(interests).values({ needId: need.id, volunteerId: v.id, rank: 2 });
    await db.insert(candidatePreferences).values({ needId: need.id, volunteerId: v.id, rank: 1, markedBy: orgMember!.id });
    const page = await listMatchQueue(coordinator, { district: "482" });
    expect(page.rows.map((r) => r.id)).toContain(m.id);
    expect(page.rows.every((r) => r.need.districtName === "Mumbai City")).toBe(true);
    const row = page.rows.find((r) => r.id === m.id)!;
    expect(row).toMatchObject({ volunteerRank: 2, organizationRank: 1, source: "coordinator", score: 500 });
    expect(row.need.title).toBe(need.title);
    // proposal age: this one is minutes old, so "older than 1 day" leaves it out
    expect((await listMatchQueue(coordinator, { district: "482", olderThanDays: "1" })).rows).toEqual([]);
    expect((await listMatchQueue(coordinator, { district: "482", type: "teaching" })).rows.map((r) => r.id)).not.toContain(m.id);
    expect(await refusal(listMatchQueue(anonymous, {}))).toMatchObject({ code: "unauthenticated" });
    expect(await refusal(listMatchQueue(v.actor, {}))).toMatchObject({ code: "forbidden" });
  });

  it("getMatchDecision suggests the earliest period that passes every rule", async () => {
    const { m } = await scene({ availability: [{ period: "[2031-02-10,2031-05-01)" }] }, { minDays: 14, maxDays: 30 });
    const view = await getMatchDecision(coordinator, m.id);
    expect(view.suggested).toEqual({ firstDay: "2031-02-10", lastDay: "2031-03-11" });
    expect(view.blockers).toEqual([]);
  });
});

describe("bulkApproveRound", () => {
  it("approves each proposal of a round on its own checks and reports the ones that fail", async () => {
    const round = await createRound(coordinator.id);
    const v1 = await createVolunteer();
    const v2 = await createVolunteer({ availability: [{ period: "[2032-01-01,2032-03-01)" }] });
    const { need: a, org } = await createNeed({ slots: 2 });
    const { need: b } = await createNeed({ organizationId: org!.id });
    const m1 = await createMatch({ needId: a.id, volunteerId: v1.id, roundId: round.id, score: 900 });
    const m2 = await createMatch({ needId: b.id, volunteerId: v1.id, roundId: round.id, score: 800 }); // same dates → overlap
    const m3 = await createMatch({ needId: a.id, volunteerId: v2.id, roundId: round.id, score: 700 }); // no period fits
    const results = await bulkApproveRound(coordinator, { roundId: round.id });
    expect(results).toEqual([
      { matchId: m1.id, ok: true, placementId: expect.any(String) },
      { matchId: m2.id, ok: false, messageKey: "errors.conflicts.overlap" },
      { matchId: m3.id, ok: false, messageKey: "placements.errors.noPeriodFits" },
    ]);
    const db = await getDb();
    const statuses = await db.select({ id: matches.id, status: matches.status }).from(matches).where(eq(matches.roundId, round.id));
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({ [m1.id]: "approved", [m2.id]: "proposed", [m3.id]: "proposed" });
  });
});
