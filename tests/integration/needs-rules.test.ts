import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, interests, needLanguages, needs, settings } from "@/db/schema";
import { createNeed } from "@/lib/data/needs/create-need";
import { updateNeed } from "@/lib/data/needs/update-need";
import { duplicateNeed } from "@/lib/data/needs/duplicate-need";
import { publishNeed } from "@/lib/data/needs/publish-need";
import { closeNeed } from "@/lib/data/needs/close-need";
import { getOrgNeed } from "@/lib/data/needs/get-org-need";
import { useTestDb } from "../fixtures/db";
import { createOrganization, createActor } from "../fixtures/actors";
import { createFacility, createVolunteerWithProfile, inDays, needInput, NAGPUR } from "../fixtures/needs";
import { expectAppError } from "../fixtures/app-error";

useTestDb();

async function needCount() {
  const db = await getDb();
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(needs);
  return n;
}

async function scene() {
  const o = await createOrganization();
  const f = await createFacility(o.org.id);
  return { ...o, facility: f, input: (over: Record<string, unknown> = {}) => needInput(o.org.id, f.id, over) };
}

describe("need rules (DESIGN rule 1)", () => {
  it("creates a draft with the district of its facility and the default credential level by type", async () => {
    const s = await scene();
    const { id } = await createNeed(s.actor, s.input());
    const db = await getDb();
    const [row] = await db.select().from(needs).where(eq(needs.id, id));
    expect(row.status).toBe("draft");
    expect(row.districtCode).toBe(NAGPUR);
    expect(row.minCredentialLevel).toBe(3);
    expect(row.window).toBe(`[${inDays(30)},${inDays(90)})`);
    const langs = await db.select().from(needLanguages).where(eq(needLanguages.needId, id));
    expect(langs.map((l) => `${l.languageCode}:${l.required}`).sort()).toEqual(["hin:false", "mar:true"]);
    const teaching = await createNeed(s.actor, s.input({ type: "teaching" }));
    const publicHealth = await createNeed(s.actor, s.input({ type: "public_health" }));
    const levels = await db.select({ id: needs.id, l: needs.minCredentialLevel }).from(needs);
    expect(levels.find((r) => r.id === teaching.id)?.l).toBe(1);
    expect(levels.find((r) => r.id === publicHealth.id)?.l).toBe(2);
  });

  it.each([
    ["a window that has started", { windowStart: inDays(0) }, "windowStart", "needs.errors.windowPast"],
    ["an end before the start", { windowEnd: inDays(10) }, "windowEnd", "needs.errors.windowOrder"],
    ["a minimum above the maximum", { minDays: "40", maxDays: "20" }, "maxDays", "needs.errors.minAboveMax"],
    ["a maximum longer than the window", { windowEnd: inDays(39), maxDays: "30", minDays: "5" }, "maxDays", "needs.errors.maxAboveWindow"],
    ["a window longer than the platform cap", { windowEnd: inDays(30 + 365), maxDays: "60" }, "windowEnd", "needs.errors.windowAboveCap"],
    ["zero slots", { slots: "0" }, "slots", "needs.errors.slotsRange"],
    ["101 slots", { slots: "101" }, "slots", "needs.errors.slotsRange"],
    ["a deadline on the first day", { applicationDeadline: inDays(30) }, "applicationDeadline", "needs.errors.deadlineAfterStart"],
    [
      "a remote need longer than its window",
      { mode: "remote", type: "tele_mentoring", hoursPerWeek: "4", weeks: "20" },
      "weeks",
      "needs.errors.weeksAboveWindow",
    ],
    ["tele-mentoring in person", { type: "tele_mentoring" }, "mode", "needs.errors.teleRemote"],
    ["a language both required and preferred", { preferredLanguages: ["mar"] }, "preferredLanguages", "needs.errors.languageTwice"],
    ["an impossible date", { windowEnd: "2031-02-30" }, "windowEnd", "date_invalid"],
  ])("refuses %s and writes nothing", async (_name, over, field, key) => {
    const s = await scene();
    const before = await needCount();
    const e = await expectAppError(createNeed(s.actor, s.input(over)));
    expect(e.code).toBe("invalid_input");
    expect(e.fieldErrors[field]).toContain(key);
    expect(await needCount()).toBe(before);
  });

  it("honours the platform cap setting", async () => {
    const s = await scene();
    const db = await getDb();
    await db
      .insert(settings)
      .values({ key: "platform.capDays", value: 30 })
      .onConflictDoUpdate({ target: settings.key, set: { value: 30 } });
    const e = await expectAppError(createNeed(s.actor, s.input()));
    expect(e.fieldErrors.windowEnd).toContain("needs.errors.windowAboveCap");
    await db.delete(settings).where(eq(settings.key, "platform.capDays"));
    await expect(createNeed(s.actor, s.input())).resolves.toHaveProperty("id");
  });

  it("stores remote needs in hours per week and weeks", async () => {
    const s = await scene();
    const { id } = await createNeed(s.actor, s.input({ type: "tele_mentoring", mode: "remote", hoursPerWeek: "4", weeks: "6", minDays: "", maxDays: "" }));
    const db = await getDb();
    const [row] = await db.select().from(needs).where(eq(needs.id, id));
    expect(row).toMatchObject({ remote: true, hoursPerWeek: 4, weeks: 6, minDays: 42, maxDays: 42, minCredentialLevel: 1 });
  });
});

describe("need lifecycle", () => {
  it("editing an open need keeps its interests", async () => {
    const s = await scene();
    const { id } = await createNeed(s.actor, s.input());
    await publishNeed(s.actor, { needId: id });
    const v = await createVolunteerWithProfile();
    const db = await getDb();
    await db.insert(interests).values({ needId: id, volunteerId: v.id, note: "I grew up in Nagpur" });
    await updateNeed(s.actor, { ...s.input({ title: "Rural primary care physician", slots: "3" }), needId: id });
    const detail = await getOrgNeed(s.actor, { needId: id });
    expect(detail.status).toBe("open");
    expect(detail.fields.title).toBe("Rural primary care physician");
    expect(detail.counts.interested).toBe(1);
    expect(await db.select().from(interests).where(eq(interests.needId, id))).toHaveLength(1);
  });

  it("duplicates a need into a new draft without its interests", async () => {
    const s = await scene();
    const { id } = await createNeed(s.actor, s.input());
    await publishNeed(s.actor, { needId: id });
    const v = await createVolunteerWithProfile();
    const db = await getDb();
    await db.insert(interests).values({ needId: id, volunteerId: v.id });
    const copy = await duplicateNeed(s.actor, { needId: id });
    const detail = await getOrgNeed(s.actor, { needId: copy.id });
    expect(detail.status).toBe("draft");
    expect(detail.fields.requiredLanguages).toEqual(["mar"]);
    expect(detail.counts.interested).toBe(0);
  });

  it("closes with a reason, audits it, and refuses to edit or close again", async () => {
    const s = await scene();
    const { id } = await createNeed(s.actor, s.input());
    await publishNeed(s.actor, { needId: id });
    expect((await expectAppError(closeNeed(s.actor, { needId: id, outcome: "closed", reason: "" }))).fieldErrors.reason).toBeDefined();
    await closeNeed(s.actor, { needId: id, outcome: "closed", reason: "Filled through the district roster" });
    const db = await getDb();
    const [row] = await db.select().from(needs).where(eq(needs.id, id));
    expect(row).toMatchObject({ status: "closed", closeReason: "Filled through the district roster" });
    const audits = await db.select().from(auditLog).where(eq(auditLog.objectId, id));
    expect(audits.map((a) => a.action)).toEqual(expect.arrayContaining(["need.created", "need.published", "need.closed"]));
    expect((await expectAppError(updateNeed(s.actor, { ...s.input(), needId: id }))).messageKey).toBe("needs.errors.notEditable");
    expect((await expectAppError(closeNeed(s.actor, { needId: id, outcome: "cancelled", reason: "again" }))).messageKey).toBe("needs.errors.cannotClose");
  });

  it("a draft cannot be 'closed', only cancelled", async () => {
    const s = await scene();
    const { id } = await createNeed(s.actor, s.input());
    expect((await expectAppError(closeNeed(s.actor, { needId: id, outcome: "closed", reason: "x" }))).code).toBe("rule_violation");
    await closeNeed(s.actor, { needId: id, outcome: "cancelled", reason: "Budget withdrawn" });
    expect((await getOrgNeed(s.actor, { needId: id })).status).toBe("cancelled");
  });

  it("a coordinator may edit any organisation's need; a volunteer may not", async () => {
    const s = await scene();
    const { id } = await createNeed(s.actor, s.input());
    const coordinator = await createActor(["coordinator"]);
    await updateNeed(coordinator, { ...s.input({ title: "Edited by the NRI cell" }), needId: id });
    expect((await getOrgNeed(s.actor, { needId: id })).fields.title).toBe("Edited by the NRI cell");
    const volunteer = await createActor(["volunteer"]);
    expect((await expectAppError(updateNeed(volunteer, { ...s.input(), needId: id }))).code).toBe("forbidden");
  });
});
