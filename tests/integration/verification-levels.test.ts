// DESIGN rule 3: levels change only by a coordinator's recorded decision, rest on a licence, and
// expire with it. Every decision is an audit row; the audit viewer pages with a keyset cursor.
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, licences, notifications, verificationDecisions, volunteerProfiles } from "@/db/schema";
import { listAuditLog } from "@/lib/data/audit/list-audit-log";
import { getVolunteerVerification } from "@/lib/data/verification/get-volunteer-verification";
import { listVerificationQueue } from "@/lib/data/verification/list-verification-queue";
import { rejectLicence, setVerificationLevel } from "@/lib/data/verification/set-verification-level";
import type { SignedInActor } from "@/lib/auth/actor.types";
import { useTestDb } from "../fixtures/db";
import { createActor } from "../fixtures/actors";
import { createVolunteer } from "../fixtures/domain";
import { outcomeOf } from "../fixtures/app-error";

const keyedOutcome = (p: Promise<unknown>) => outcomeOf(p, true);

useTestDb();
let coordinator: SignedInActor;
beforeAll(async () => {
  coordinator = await createActor(["coordinator"]);
});

describe("verification queue and decisions", () => {
  it("lists volunteers with unverified licences and shows the licence with its document link", async () => {
    const v = await createVolunteer({ level: 0, licenceStatus: "unverified" });
    const { rows } = await listVerificationQueue(coordinator, {});
    const row = rows.find((r) => r.volunteerId === v.id);
    expect(row).toMatchObject({ level: 0, pendingLicences: 1 });
    const detail = await getVolunteerVerification(coordinator, v.id);
    expect(detail.licences).toHaveLength(1);
    expect(detail.countryCode).toBeNull();
    await (await getDb()).update(volunteerProfiles).set({ countryOfResidence: "GB" }).where(eq(volunteerProfiles.userId, v.id));
    // The code beside the English name: the page names the country in the reader's language.
    expect(await getVolunteerVerification(coordinator, v.id)).toMatchObject({ countryCode: "GB", country: expect.stringMatching(/United Kingdom/) });
    expect(detail.licences[0]).toMatchObject({
      id: v.licenceId,
      authority: "General Medical Council",
      validTo: "2032-12-31",
      status: "unverified",
      documentHref: null,
    });
    expect(await keyedOutcome(listVerificationQueue(v.actor, {}))).toBe("forbidden:errors.forbidden");
    expect(await keyedOutcome(getVolunteerVerification(v.actor, v.id))).toBe("forbidden:errors.forbidden");
  });

  it("setting level 3 on a licence records the decision, verifies the licence, and ends with the licence", async () => {
    // Level 3 rests on an Indian registration (issue 11 defect 5; refused on a licence abroad in trust-chain.test.ts).
    const v = await createVolunteer({
      level: 0,
      licenceStatus: "unverified",
      licenceValidTo: "2033-06-30",
      licenceCountry: "IN",
      licenceAuthority: "Maharashtra Medical Council",
    });
    const res = await setVerificationLevel(coordinator, {
      volunteerId: v.id,
      level: "3",
      licenceId: v.licenceId,
      note: "Checked on the GMC register; MMC temporary registration seen",
    });
    expect(res).toEqual({ level: 3, validUntil: "2033-06-30" });
    const db = await getDb();
    const [p] = await db.select().from(volunteerProfiles).where(eq(volunteerProfiles.userId, v.id));
    expect(p).toMatchObject({ verificationLevel: 3, verificationValidUntil: "2033-06-30" });
    const [l] = await db.select().from(licences).where(eq(licences.id, v.licenceId));
    expect(l).toMatchObject({ status: "verified", verifiedBy: coordinator.id });
    const [d] = await db.select().from(verificationDecisions).where(eq(verificationDecisions.volunteerId, v.id));
    expect(d).toMatchObject({ level: 3, validUntil: "2033-06-30", licenceId: v.licenceId, decidedBy: coordinator.id });
    const [a] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.objectId, v.id), eq(auditLog.action, "volunteer.verification_set")));
    expect(a.before).toEqual({ level: 0, validUntil: null, licenceId: null });
    expect(a.after).toMatchObject({ level: 3, validUntil: "2033-06-30" });
    expect((await listVerificationQueue(coordinator, {})).rows.map((r) => r.volunteerId)).not.toContain(v.id);
    const told = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, v.id), eq(notifications.kind, "verification_decided")));
    expect(told.map((x) => x.params)).toEqual([{ level: 3 }]);
  });

  it("refuses levels 2–3 without a licence, on an expired or rejected licence, or another volunteer's licence; writes nothing", async () => {
    const v = await createVolunteer({ level: 0, licenceStatus: "unverified", licenceValidTo: "2020-01-31" });
    const other = await createVolunteer({ level: 0, licenceStatus: "unverified" });
    expect(await keyedOutcome(setVerificationLevel(coordinator, { volunteerId: v.id, level: 2, note: "ok" }))).toBe("invalid_input:errors.invalid_input");
    expect(await keyedOutcome(setVerificationLevel(coordinator, { volunteerId: v.id, level: 3, licenceId: v.licenceId, note: "ok" }))).toBe(
      "rule_violation:coordinator.verification.licenceExpired",
    );
    expect(await keyedOutcome(setVerificationLevel(coordinator, { volunteerId: v.id, level: 3, licenceId: other.licenceId, note: "ok" }))).toBe(
      "invalid_input:errors.invalid_input",
    );
    expect(await keyedOutcome(setVerificationLevel(coordinator, { volunteerId: v.id, level: 4, note: "ok" }))).toBe("invalid_input:errors.invalid_input");
    expect(await keyedOutcome(setVerificationLevel(coordinator, { volunteerId: v.id, level: 1, note: "" }))).toBe("invalid_input:errors.invalid_input");
    await rejectLicence(coordinator, { licenceId: other.licenceId, note: "Number not on the register" });
    expect(await keyedOutcome(setVerificationLevel(coordinator, { volunteerId: other.id, level: 2, licenceId: other.licenceId, note: "ok" }))).toBe(
      "rule_violation:coordinator.verification.licenceRejected",
    );
    const db = await getDb();
    expect(await db.select().from(verificationDecisions).where(eq(verificationDecisions.volunteerId, v.id))).toEqual([]);
    const [p] = await db.select().from(volunteerProfiles).where(eq(volunteerProfiles.userId, v.id));
    expect(p.verificationLevel).toBe(0);
    // Refusals tell nobody; the rejected licence is explained to its owner.
    expect(
      await db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, v.id), eq(notifications.kind, "verification_decided"))),
    ).toEqual([]);
    const [rejected] = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, other.id), eq(notifications.kind, "licence_rejected")));
    expect(rejected.params).toEqual({ reason: "Number not on the register" });
  });

  it("only coordinators decide levels (admins are not domain superusers)", async () => {
    const v = await createVolunteer({ level: 0 });
    const admin = await createActor(["admin"]);
    expect(await keyedOutcome(setVerificationLevel(admin, { volunteerId: v.id, level: 1, note: "x" }))).toBe("forbidden:errors.forbidden");
    expect(await keyedOutcome(setVerificationLevel(v.actor, { volunteerId: v.id, level: 3, licenceId: v.licenceId, note: "x" }))).toBe(
      "forbidden:errors.forbidden",
    );
  });

  it("an expired level shows as effective level 0 and returns to the queue", async () => {
    const v = await createVolunteer({ level: 3, licenceValidTo: "2021-01-31" });
    const detail = await getVolunteerVerification(coordinator, v.id);
    expect(detail).toMatchObject({ level: 3, validUntil: "2021-01-31", effectiveLevel: 0 });
    const row = (await listVerificationQueue(coordinator, {})).rows.find((r) => r.volunteerId === v.id);
    expect(row).toMatchObject({ expiringSoon: true, pendingLicences: 0 });
  });
});

describe("audit log viewer", () => {
  it("coordinators and admins read it newest first with filters and a keyset cursor; others are refused", async () => {
    const v = await createVolunteer({ level: 0 });
    for (let i = 0; i < 5; i++) await setVerificationLevel(coordinator, { volunteerId: v.id, level: i % 2, note: `decision ${i}` });
    const first = await listAuditLog(coordinator, { objectId: v.id, limit: "2" });
    expect(first.rows).toHaveLength(2);
    expect(first.rows[0].id).toBeGreaterThan(first.rows[1].id);
    expect(first.rows[0].after).toMatchObject({ note: "decision 4" });
    expect(first.rows[0].actorName).toBe(coordinator.name);
    const second = await listAuditLog(coordinator, { objectId: v.id, limit: "2", before: String(first.nextBefore) });
    expect(second.rows.map((r) => (r.after as { note: string }).note)).toEqual(["decision 2", "decision 1"]);
    const third = await listAuditLog(coordinator, { objectId: v.id, limit: "2", before: String(second.nextBefore) });
    expect(third.rows).toHaveLength(1);
    expect(third.nextBefore).toBeNull();

    const admin = await createActor(["admin"]);
    const byActor = await listAuditLog(admin, { actor: coordinator.id, action: "volunteer.*", objectType: "volunteer" });
    expect(byActor.rows.length).toBeGreaterThanOrEqual(5);
    expect(byActor.rows.every((r) => r.actorId === coordinator.id && r.action.startsWith("volunteer."))).toBe(true);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Kolkata" }).format(new Date());
    expect((await listAuditLog(admin, { objectId: v.id, from: today, to: today })).rows).toHaveLength(5);
    expect((await listAuditLog(admin, { objectId: v.id, to: "2020-01-01" })).rows).toHaveLength(0);
    expect(await keyedOutcome(listAuditLog(v.actor, {}))).toBe("forbidden:errors.forbidden");
    expect(await keyedOutcome(listAuditLog(coordinator, { actor: "not-a-uuid" }))).toBe("invalid_input:errors.invalid_input");
  });
});
