import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  auditLog,
  availabilityWindows,
  consents,
  documents,
  interests,
  licences,
  matches,
  notificationPreferences,
  notifications,
  outboundEmails,
  placements,
  sessions,
  users,
  volunteerLanguages,
  volunteerProfiles,
  volunteerSpecialties,
} from "@/db/schema";
import { verifyCredentials } from "@/lib/data/accounts/credentials";
import { createSession, loadActorForSession } from "@/lib/data/accounts/sessions";
import { changeConsent } from "@/lib/data/volunteers/consents";
import { consentGrantedSql } from "@/lib/data/volunteers/consent-state";
import { listNeedsForMe } from "@/lib/data/volunteers/needs-for-me";
import { countNeedsLockedByLevel } from "@/lib/data/volunteers/needs-locked-by-level";
import { expressInterest, listMyInterests, moveInterest, withdrawInterest } from "@/lib/data/volunteers/interests";
import { addLicence } from "@/lib/data/volunteers/licences";
import { exportMyData } from "@/lib/data/volunteers/export-my-data";
import { deleteMyAccount } from "@/lib/data/volunteers/delete-my-account";
import { saveServiceReport } from "@/lib/data/impact/save-service-report";
import { leaveFeedback } from "@/lib/data/impact/leave-feedback";
import { useTestDb } from "../fixtures/db";
import { actorFor, createActor, createOrganization, TEST_PASSWORD } from "../fixtures/actors";
import { createVolunteerWithProfile, inDays, insertOpenNeed } from "../fixtures/needs";
import { reportFigures } from "../fixtures/impact";
import { fileOf, pdfBytes, useTempStorage } from "../fixtures/volunteer-files";
import { expectAppError } from "../fixtures/app-error";

useTestDb();
const storage = useTempStorage();

async function volunteer(opts: Parameters<typeof createVolunteerWithProfile>[0] = {}) {
  const u = await createVolunteerWithProfile(opts);
  return actorFor(u, ["volunteer"]);
}

describe("needs for me", () => {
  it("lists eligible open needs, ranked, with score and reasons; hard requirements exclude", async () => {
    const { org } = await createOrganization();
    const good = await insertOpenNeed(org.id, { title: "Pune PHC" }, [
      { code: "mar", required: true },
      { code: "eng", required: false },
    ]);
    const ok = await insertOpenNeed(org.id, { title: "Nagpur PHC", districtCode: 484 });
    await insertOpenNeed(org.id, { title: "Cardiology camp", specialtyCode: "06" });
    await insertOpenNeed(org.id, { title: "Needs Tamil", districtCode: 484 }, [{ code: "tam", required: true }]);
    await insertOpenNeed(org.id, { title: "Too early", window: `[${inDays(1)},${inDays(15)})` });
    await insertOpenNeed(org.id, { title: "Remote only", remote: true, type: "tele_mentoring" });
    await insertOpenNeed(org.id, { title: "Draft", status: "draft" });
    const v = await volunteer({ level: 2 });
    const result = await listNeedsForMe(v);
    expect(result.consentMissing).toBe(false);
    expect(result.needs.map((n) => n.title)).toEqual(["Pune PHC", "Nagpur PHC"]);
    const top = result.needs[0];
    expect(top.id).toBe(good.id);
    expect(top.score).toBeGreaterThan(result.needs[1].score);
    expect(top.score).toBe(top.reasons.reduce((s, r) => s + r.points, 0));
    expect(top.reasons.map((r) => r.key)).toEqual(expect.arrayContaining(["eligible", "specialty.exactPrimary", "language.preferred"]));
    expect(result.needs[1].id).toBe(ok.id);
    // below the required credential level: excluded
    const low = await volunteer({ level: 1 });
    expect((await listNeedsForMe(low)).needs).toEqual([]);
  });

  it("withdrawing matching consent removes the volunteer from eligibility, shortlists and open proposals", async () => {
    const { org } = await createOrganization();
    const n = await insertOpenNeed(org.id, { title: "Consent test" });
    const v = await volunteer();
    const db = await getDb();
    await db.insert(matches).values({ needId: n.id, volunteerId: v.id, source: "round", score: 100, reasons: [], status: "proposed" });
    expect((await listNeedsForMe(v)).needs.map((x) => x.id)).toContain(n.id);
    const shortlist = () =>
      db
        .select({ id: volunteerProfiles.userId })
        .from(volunteerProfiles)
        .where(sql`${volunteerProfiles.userId} = ${v.id} AND ${consentGrantedSql(volunteerProfiles.userId)}`);
    expect(await shortlist()).toHaveLength(1);

    await changeConsent(v, { purpose: "matching", granted: "false" });
    const after = await listNeedsForMe(v);
    expect(after).toEqual({ consentMissing: true, profileMissing: false, needs: [] });
    expect(await shortlist()).toHaveLength(0);
    const [m] = await db.select().from(matches).where(eq(matches.volunteerId, v.id));
    expect(m.status).toBe("superseded");
    expect((await expectAppError(expressInterest(v, { needId: n.id }))).code).toBe("rule_violation");

    await changeConsent(v, { purpose: "matching", granted: "on" });
    expect((await listNeedsForMe(v)).needs.map((x) => x.id)).toContain(n.id);
  });
});

describe("needs locked by level", () => {
  it("counts the open needs a higher verification level would open, per level (issue 18)", async () => {
    const { org } = await createOrganization();
    const v = await volunteer({ level: 1 });
    const before = await countNeedsLockedByLevel(v);
    await insertOpenNeed(org.id, { title: "L2 a", minCredentialLevel: 2 });
    await insertOpenNeed(org.id, { title: "L2 b", minCredentialLevel: 2 });
    await insertOpenNeed(org.id, { title: "L3", minCredentialLevel: 3 });
    await insertOpenNeed(org.id, { title: "L1", minCredentialLevel: 1 }); // already open to this volunteer
    await insertOpenNeed(org.id, { title: "Draft L3", minCredentialLevel: 3, status: "draft" });
    await insertOpenNeed(org.id, { title: "Past L3", minCredentialLevel: 3, window: `[${inDays(-60)},${inDays(-30)})` });
    const after = await countNeedsLockedByLevel(v);
    expect(after.myLevel).toBe(1);
    const count = (r: typeof after, level: number) => r.byLevel.find((l) => l.level === level)?.count ?? 0;
    expect([count(after, 2) - count(before, 2), count(after, 3) - count(before, 3)]).toEqual([2, 1]);
    expect(after.byLevel.every((l) => l.level > 1)).toBe(true);
    expect(after.total).toBe(after.byLevel.reduce((a, b) => a + b.count, 0));
  });
});

describe("interests", () => {
  it("tell the organisation: an inbox item for each member, and an email for the member who opted in (issue 18)", async () => {
    const { org, member } = await createOrganization();
    const db = await getDb();
    await db.insert(notificationPreferences).values({ userId: member.id, emailKinds: ["interest_received"] });
    const n = await insertOpenNeed(org.id, { title: "Night OPD, Junnar" });
    const v = await volunteer({ name: "Dr Neha Kale" });
    await expressInterest(v, { needId: n.id });
    const inbox = await db.select().from(notifications).where(eq(notifications.userId, member.id));
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({
      kind: "interest_received",
      params: { needTitle: "Night OPD, Junnar", volunteerName: "Dr Neha Kale" },
      link: `/organization/${org.id}/needs/${n.id}`,
    });
    const [memberRow] = await db.select({ email: users.email }).from(users).where(eq(users.id, member.id));
    const mail = await db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, memberRow.email));
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toContain("Night OPD, Junnar");
    // the volunteer is not notified of their own interest
    expect(await db.select().from(notifications).where(eq(notifications.userId, v.id))).toHaveLength(0);
  });

  it("express with a note, rank, withdraw and express again; duplicates are refused", async () => {
    const { org } = await createOrganization();
    const [a, b, c] = [
      await insertOpenNeed(org.id, { title: "A" }),
      await insertOpenNeed(org.id, { title: "B" }),
      await insertOpenNeed(org.id, { title: "C" }),
    ];
    const v = await volunteer();
    const ia = await expressInterest(v, { needId: a.id, note: "Free from March" });
    const ib = await expressInterest(v, { needId: b.id });
    await expressInterest(v, { needId: c.id, role: "coordinator", volunteerId: "x" });
    expect((await expectAppError(expressInterest(v, { needId: a.id }))).code).toBe("conflict");
    expect((await listMyInterests(v)).map((i) => [i.needTitle, i.rank])).toEqual([
      ["A", 1],
      ["B", 2],
      ["C", 3],
    ]);
    await moveInterest(v, { interestId: ib.interestId, direction: "up" });
    expect((await listMyInterests(v)).map((i) => i.needTitle)).toEqual(["B", "A", "C"]);
    await withdrawInterest(v, { interestId: ia.interestId });
    const list = await listMyInterests(v);
    expect(list.map((i) => [i.needTitle, i.rank, i.status])).toEqual([
      ["B", 1, "sent"],
      ["C", 2, "sent"],
      ["A", null, "withdrawn"],
    ]);
    expect(list[2].timeline.find((s) => s.state === "stopped")?.outcome).toBe("withdrawn");
    await expressInterest(v, { needId: a.id });
    expect((await listMyInterests(v)).map((i) => [i.needTitle, i.rank, i.status])).toEqual([
      ["B", 1, "sent"],
      ["C", 2, "sent"],
      ["A", 3, "sent"],
    ]);
    expect((await listMyInterests(v))[2].note).toBe("");
  });

  it("another volunteer cannot withdraw or move my interest (not_found); closed needs answer not_found", async () => {
    const { org } = await createOrganization();
    const n = await insertOpenNeed(org.id);
    const closed = await insertOpenNeed(org.id, { status: "closed" });
    const v = await volunteer();
    const other = await volunteer();
    const { interestId } = await expressInterest(v, { needId: n.id });
    expect((await expectAppError(withdrawInterest(other, { interestId }))).code).toBe("not_found");
    expect((await expectAppError(moveInterest(other, { interestId, direction: "down" }))).code).toBe("not_found");
    expect((await expectAppError(expressInterest(v, { needId: closed.id }))).code).toBe("not_found");
    expect((await expectAppError(expressInterest(await createActor(["organization"]), { needId: n.id }))).code).toBe("not_found");
    expect((await listMyInterests(v))[0].status).toBe("sent");
  });

  it("shows a status timeline from sent to accepted", async () => {
    const { org } = await createOrganization();
    const n = await insertOpenNeed(org.id);
    const v = await volunteer();
    const { interestId } = await expressInterest(v, { needId: n.id });
    const states = async () => Object.fromEntries((await listMyInterests(v))[0].timeline.map((s) => [s.key, s.state]));
    expect(await states()).toEqual({ sent: "done", seen: "current", shortlisted: "upcoming", proposed: "upcoming", offered: "upcoming", accepted: "upcoming" });
    const db = await getDb();
    await db.update(interests).set({ status: "seen", seenAt: new Date() }).where(eq(interests.id, interestId));
    expect((await states()).shortlisted).toBe("current");
    const [m] = await db
      .insert(matches)
      .values({ needId: n.id, volunteerId: v.id, source: "interest", score: 90, reasons: [], status: "approved" })
      .returning();
    await db.insert(placements).values({ matchId: m.id, needId: n.id, volunteerId: v.id, period: `[${inDays(30)},${inDays(50)})`, status: "offered" });
    expect(await states()).toEqual({ sent: "done", seen: "done", shortlisted: "done", proposed: "done", offered: "done", accepted: "current" });
    await db.update(placements).set({ status: "scheduled" }).where(eq(placements.matchId, m.id));
    expect((await states()).accepted).toBe("done");
  });
});

describe("my data", () => {
  async function richVolunteer() {
    const { org } = await createOrganization();
    const n = await insertOpenNeed(org.id, { title: "Export need" });
    const v = await volunteer();
    await addLicence(v, { authority: "GMC", countryCode: "GB", number: "GMC7654321", validTo: inDays(500), file: fileOf(pdfBytes(), "gmc.pdf") });
    await expressInterest(v, { needId: n.id, note: "Keen" });
    const db = await getDb();
    const [m] = await db
      .insert(matches)
      .values({ needId: n.id, volunteerId: v.id, source: "interest", score: 77, reasons: [{ key: "eligible", points: 50, text: "x" }], status: "approved" })
      .returning();
    const [p] = await db
      .insert(placements)
      .values({ matchId: m.id, needId: n.id, volunteerId: v.id, period: `[${inDays(30)},${inDays(50)})`, status: "scheduled" })
      .returning();
    return { v, n, m, p, org };
  }

  it("exports everything held about me", async () => {
    const { v, n, p } = await richVolunteer();
    const coordinator = await createActor(["coordinator"]);
    const data = await exportMyData(v);
    const { downloadDocument } = await import("@/lib/data/volunteers/documents");
    await downloadDocument(coordinator, data.documents[0].id);
    const again = await exportMyData(v);
    expect(again.account.email).toBe(v.email);
    expect(again.profile?.fullName).toBe("Dr Test Volunteer");
    expect(again.licences[0].number).toBe("GMC7654321");
    expect(again.documents[0]).toMatchObject({ name: "gmc.pdf", contentType: "application/pdf" });
    expect(again.availability).toHaveLength(1);
    expect(again.interests[0]).toMatchObject({ needId: n.id, note: "Keen" });
    expect(again.matches[0]).toMatchObject({ score: 77, status: "approved" });
    expect(again.placements[0]).toMatchObject({ id: p.id, status: "scheduled", firstDay: inDays(30), lastDay: inDays(49), days: 20 });
    expect(again.consents.map((c) => c.purpose)).toContain("matching");
    expect(again.sharedWith.documentReads).toEqual([expect.objectContaining({ readerId: coordinator.id, purpose: "verification" })]);
    expect(JSON.parse(JSON.stringify(again)).profile.languages.length).toBe(2);
  });

  it("the export includes service reports and feedback, and names next to reference codes (issue 18)", async () => {
    const { org, actor: orgActor } = await createOrganization();
    const n = await insertOpenNeed(org.id, { title: "Completed camp", window: `[${inDays(-60)},${inDays(-10)})` });
    const v = await volunteer();
    const db = await getDb();
    await db.update(volunteerProfiles).set({ countryOfResidence: "US", originStateCode: 27 }).where(eq(volunteerProfiles.userId, v.id));
    await db.delete(volunteerSpecialties).where(eq(volunteerSpecialties.userId, v.id));
    await db.insert(volunteerSpecialties).values({ userId: v.id, specialtyCode: "37", isPrimary: true });
    const [m] = await db
      .insert(matches)
      .values({ needId: n.id, volunteerId: v.id, source: "interest", score: 70, reasons: [], status: "approved" })
      .returning();
    const [p] = await db
      .insert(placements)
      .values({ matchId: m.id, needId: n.id, volunteerId: v.id, period: `[${inDays(-40)},${inDays(-30)})`, status: "completed" })
      .returning();
    await saveServiceReport(v, reportFigures({ placementId: p.id, daysServed: 10, hours: 80 }));
    await leaveFeedback(orgActor, {
      side: "organization",
      placementId: p.id,
      ratings: { clinicalSkill: 5, teaching: 5, communication: 4, reliability: 5 },
      comment: "Superb with the nurses",
    });

    const before = await exportMyData(v);
    expect(before.serviceReports).toEqual([
      expect.objectContaining({ placementId: p.id, needTitle: "Completed camp", status: "submitted", daysServed: 10, hours: 80 }),
    ]);
    expect(before.profile).toMatchObject({
      primarySpecialty: "37",
      primarySpecialtyName: "Pediatric Medicine",
      countryOfResidenceName: "United States of America",
      originState: "Maharashtra",
    });
    // blind ratings: the organisation's words wait until the volunteer has rated too
    expect(before.feedback).toMatchObject({ given: [], received: [], receivedWithheldUntilYouRate: 1 });

    await leaveFeedback(v, {
      side: "volunteer",
      placementId: p.id,
      ratings: { preparation: 4, onSiteSupport: 4, roleClarity: 5, logistics: 3 },
      comment: "Well organised",
    });
    const after = await exportMyData(v);
    expect(after.feedback.given).toEqual([expect.objectContaining({ placementId: p.id, comment: "Well organised" })]);
    expect(after.feedback.received).toEqual([expect.objectContaining({ placementId: p.id, comment: "Superb with the nurses" })]);
  });

  it("deleting the account needs the password, then leaves no personal data or files; placements stay anonymised", async () => {
    const { v, p, m } = await richVolunteer();
    const sid = await createSession(v.id);
    expect(await loadActorForSession(sid)).not.toBeNull();
    const filesBefore = storage.storedFiles().length;
    expect(filesBefore).toBeGreaterThan(0);
    const db = await getDb();
    const [docRow] = await db.select().from(documents).where(eq(documents.ownerId, v.id));

    expect((await expectAppError(deleteMyAccount(v, { password: "wrong password!", confirm: "DELETE" }))).fieldErrors).toEqual({
      password: ["password_wrong"],
    });
    expect((await expectAppError(deleteMyAccount(v, { password: TEST_PASSWORD, confirm: "yes" }))).fieldErrors).toEqual({ confirm: ["confirm_delete"] });
    expect(await db.select().from(volunteerProfiles).where(eq(volunteerProfiles.userId, v.id))).toHaveLength(1);

    const { filesRemoved } = await deleteMyAccount(v, { password: TEST_PASSWORD, confirm: "DELETE" });
    expect(filesRemoved).toBe(1);
    expect(storage.storedFiles()).not.toContain(docRow.storageKey.split("/")[1]);
    expect(storage.storedFiles().length).toBe(filesBefore - 1);
    for (const [table, col] of [
      [volunteerProfiles, volunteerProfiles.userId],
      [volunteerSpecialties, volunteerSpecialties.userId],
      [volunteerLanguages, volunteerLanguages.userId],
      [licences, licences.userId],
      [documents, documents.ownerId],
      [availabilityWindows, availabilityWindows.userId],
      [consents, consents.userId],
      [interests, interests.volunteerId],
      [sessions, sessions.userId],
    ] as const) {
      expect(await db.select().from(table).where(eq(col, v.id))).toHaveLength(0);
    }
    const [u] = await db.select().from(users).where(eq(users.id, v.id));
    expect(u).toMatchObject({ status: "deleted", name: "", passwordHash: null });
    expect(u.email).not.toContain(v.email);
    const [placement] = await db.select().from(placements).where(eq(placements.id, p.id));
    expect(placement).toMatchObject({ volunteerId: null, status: "scheduled" });
    expect((await db.select().from(matches).where(eq(matches.id, m.id)))[0].reasons).toEqual([]);
    expect(await loadActorForSession(sid)).toBeNull();
    expect(await verifyCredentials({ email: v.email, password: TEST_PASSWORD }, null)).toEqual({ ok: false, reason: "invalid" });
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, "account.deleted"));
    expect(audit.map((a) => a.actorId)).toContain(v.id);
    // nothing anywhere still carries the email address
    const leftovers = await db.execute(sql`SELECT count(*)::int AS n FROM users WHERE email = ${v.email}`);
    expect(JSON.stringify(leftovers)).toContain('"n":0');
  });
});
