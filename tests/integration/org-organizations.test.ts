import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, candidatePreferences, facilities, interests, needs, organizationInvites, organizationMembers, organizations } from "@/db/schema";
import { registerOrganization } from "@/lib/data/organizations/register-organization";
import { decideOrganization } from "@/lib/data/organizations/decide-organization";
import { listOrganizationsForReview } from "@/lib/data/organizations/list-organizations-for-review";
import { getOrganization } from "@/lib/data/organizations/get-organization";
import { listMyOrganizations } from "@/lib/data/organizations/list-my-organizations";
import { saveFacility } from "@/lib/data/organizations/save-facility";
import { listFacilities } from "@/lib/data/organizations/list-facilities";
import { addDemoFacility, listDemoFacilities } from "@/lib/data/organizations/demo-facilities";
import { createInvite } from "@/lib/data/organizations/create-invite";
import { acceptInvite } from "@/lib/data/organizations/accept-invite";
import { listMembers } from "@/lib/data/organizations/list-members";
import { removeMember } from "@/lib/data/organizations/remove-member";
import { createNeed } from "@/lib/data/needs/create-need";
import { updateNeed } from "@/lib/data/needs/update-need";
import { publishNeed } from "@/lib/data/needs/publish-need";
import { closeNeed } from "@/lib/data/needs/close-need";
import { duplicateNeed } from "@/lib/data/needs/duplicate-need";
import { getOrgNeed } from "@/lib/data/needs/get-org-need";
import { listCandidates } from "@/lib/data/needs/list-candidates";
import { listNeedInterests } from "@/lib/data/needs/list-need-interests";
import { answerInterest } from "@/lib/data/needs/answer-interest";
import { rankCandidate } from "@/lib/data/needs/rank-candidate";
import { AppError } from "@/lib/errors";
import { hashInviteToken } from "@/lib/data/organizations/invite-token";
import { useTestDb } from "../fixtures/db";
import { actorFor, createActor, createOrganization, createUser } from "../fixtures/actors";
import { createFacility, createVolunteerWithProfile, needInput, NAGPUR, NAGPUR_TALUKA_BHIWAPUR } from "../fixtures/needs";
import { expectAppError, outcomeOf } from "../fixtures/app-error";

const outcome = (p: Promise<unknown>) => outcomeOf(p, ["rule_violation", "invalid_input"]);

useTestDb();

const registration = {
  name: "District Health Office Nagpur",
  kind: "district_health_office",
  stateCode: "27",
  districtCode: String(NAGPUR),
  contactEmail: "dho.nagpur@example.org",
  contactPhone: "+91 712 256 0000",
};

describe("registering and verifying an organisation", () => {
  it("registers as pending with the user as admin, and a coordinator verifies it with an audit row", async () => {
    const user = await createUser({ roles: ["organization"] });
    const { id } = await registerOrganization(actorFor(user, ["organization"]), registration);
    const member = actorFor(user, ["organization"], [{ id, admin: true }]);
    const mine = await listMyOrganizations(member);
    expect(mine).toEqual([expect.objectContaining({ id, status: "pending", isAdmin: true, districtName: "Nagpur" })]);

    const coordinator = await createActor(["coordinator"]);
    const pending = await listOrganizationsForReview(coordinator, {});
    expect(pending.rows.map((r) => r.id)).toContain(id);
    expect(await outcome(decideOrganization(coordinator, { organizationId: id, decision: "reject" }))).toBe("invalid_input:errors.invalid_input");
    await decideOrganization(coordinator, { organizationId: id, decision: "verify" });
    expect((await getOrganization(member, { organizationId: id })).canPublish).toBe(true);
    const db = await getDb();
    const audits = await db.select().from(auditLog).where(eq(auditLog.objectId, id));
    expect(audits.map((a) => a.action)).toEqual(expect.arrayContaining(["organization.registered", "organization.verified"]));
    expect(audits.find((a) => a.action === "organization.verified")?.actorId).toBe(coordinator.id);
  });

  it("refuses a district outside the chosen state, and volunteers or organisation members verifying", async () => {
    const user = await createUser({ roles: ["organization"] });
    const actor = actorFor(user, ["organization"]);
    const e = await expectAppError(registerOrganization(actor, { ...registration, stateCode: "9" }));
    expect((e as AppError).fieldErrors.districtCode).toEqual(["organization.errors.districtNotInState"]);
    const volunteer = await createActor(["volunteer"]);
    expect(await outcome(registerOrganization(volunteer, registration))).toBe("forbidden");
    const { org, actor: orgActor } = await createOrganization({ status: "pending" });
    expect(await outcome(decideOrganization(orgActor, { organizationId: org.id, decision: "verify" }))).toBe("forbidden");
  });
});

describe("a pending organisation", () => {
  it("prepares drafts but cannot publish until verified", async () => {
    const { org, actor } = await createOrganization({ status: "pending" });
    const f = await createFacility(org.id);
    const { id } = await createNeed(actor, needInput(org.id, f.id));
    expect(await outcome(publishNeed(actor, { needId: id }))).toBe("rule_violation:needs.errors.orgNotVerified");
    const coordinator = await createActor(["coordinator"]);
    // not even a coordinator publishes for an unverified organisation
    expect(await outcome(publishNeed(coordinator, { needId: id }))).toBe("rule_violation:needs.errors.orgNotVerified");
    const db = await getDb();
    expect((await db.select().from(needs).where(eq(needs.id, id)))[0].status).toBe("draft");
    await db.update(organizations).set({ status: "verified" }).where(eq(organizations.id, org.id));
    await publishNeed(actor, { needId: id });
    expect((await db.select().from(needs).where(eq(needs.id, id)))[0].status).toBe("open");
  });
});

describe("facilities", () => {
  it("adds a facility with a taluka of its district and refuses a taluka of another district", async () => {
    const { org, actor } = await createOrganization();
    const { id } = await saveFacility(actor, {
      organizationId: org.id,
      type: "phc",
      name: "PHC Jawli",
      districtCode: String(NAGPUR),
      talukaCode: String(NAGPUR_TALUKA_BHIWAPUR),
      address: "Jawli",
      pincode: "441201",
    });
    const list = await listFacilities(actor, { organizationId: org.id });
    expect(list).toEqual([expect.objectContaining({ id, talukaName: "Bhiwapur", districtName: "Nagpur" })]);
    const bad = await expectAppError(
      saveFacility(actor, { organizationId: org.id, type: "phc", name: "X", districtCode: "490", talukaCode: String(NAGPUR_TALUKA_BHIWAPUR) }),
    );
    expect((bad as AppError).fieldErrors.talukaCode).toEqual(["organization.errors.talukaNotInDistrict"]);
    const pin = await expectAppError(saveFacility(actor, { organizationId: org.id, type: "phc", name: "X", districtCode: "490", pincode: "12345" }));
    expect((pin as AppError).fieldErrors.pincode).toEqual(["organization.errors.pincodeInvalid"]);
  });

  it("offers the demo sample of the organisation's district and copies one in", async () => {
    const { org, actor } = await createOrganization();
    const db = await getDb();
    await db.update(organizations).set({ districtCode: NAGPUR }).where(eq(organizations.id, org.id));
    const sample = await listDemoFacilities(actor, { organizationId: org.id });
    expect(sample.length).toBeGreaterThan(0);
    expect(sample.every((s) => s.districtName === "Nagpur")).toBe(true);
    const jawli = sample.find((s) => s.name === "Jawli PHC Bhivapur")!;
    expect(jawli.type).toBe("phc");
    await addDemoFacility(actor, { organizationId: org.id, demoFacilityId: String(jawli.id) });
    expect((await listDemoFacilities(actor, { organizationId: org.id })).find((s) => s.id === jawli.id)?.added).toBe(true);
  });

  it("moving a facility to another district moves its needs' district and search document", async () => {
    const { org, actor } = await createOrganization();
    const f = await createFacility(org.id);
    const { id } = await createNeed(actor, needInput(org.id, f.id));
    await saveFacility(actor, { organizationId: org.id, facilityId: f.id, type: "phc", name: "Saswad Rural Hospital", districtCode: "490" });
    const db = await getDb();
    const [row] = await db.select({ d: needs.districtCode, s: needs.search }).from(needs).where(eq(needs.id, id));
    expect(row.d).toBe(490);
    expect(row.s).toContain("saswad");
    expect(row.s).toContain("pune");
  });
});

describe("another organisation's objects answer 404 and nothing changes", () => {
  it("needs, facilities, members, candidates, interests", async () => {
    const a = await createOrganization();
    const b = await createOrganization();
    const fa = await createFacility(a.org.id);
    const fb = await createFacility(b.org.id, { name: "Other PHC" });
    const { id: needA } = await createNeed(a.actor, needInput(a.org.id, fa.id));
    await publishNeed(a.actor, { needId: needA });
    const v = await createVolunteerWithProfile();
    const db = await getDb();
    const [interest] = await db.insert(interests).values({ needId: needA, volunteerId: v.id }).returning();
    const snapshot = async () =>
      JSON.stringify([
        await db.select().from(needs).orderBy(needs.id),
        await db.select().from(facilities).orderBy(facilities.id),
        await db.select().from(interests),
        await db.select().from(candidatePreferences),
        await db.select().from(organizationMembers).orderBy(organizationMembers.userId),
      ]);
    const before = await snapshot();
    const intruder = b.actor;
    const attempts: [string, () => Promise<unknown>][] = [
      ["read need", () => getOrgNeed(intruder, { needId: needA })],
      ["edit need", () => updateNeed(intruder, { ...needInput(b.org.id, fb.id), needId: needA })],
      ["publish", () => publishNeed(intruder, { needId: needA })],
      ["close", () => closeNeed(intruder, { needId: needA, outcome: "cancelled", reason: "mine now" })],
      ["duplicate", () => duplicateNeed(intruder, { needId: needA })],
      ["candidates", () => listCandidates(intruder, { needId: needA })],
      ["rank", () => rankCandidate(intruder, { needId: needA, volunteerId: v.id, rank: "1" })],
      ["interests", () => listNeedInterests(intruder, { needId: needA })],
      ["answer", () => answerInterest(intruder, { interestId: interest.id, status: "not_suitable", reason: "no" })],
      ["create need in A", () => createNeed(intruder, needInput(a.org.id, fa.id))],
      ["create need with A's facility", () => createNeed(intruder, needInput(b.org.id, fa.id))],
      ["edit facility", () => saveFacility(intruder, { organizationId: a.org.id, facilityId: fa.id, type: "chc", name: "Taken", districtCode: "490" })],
      [
        "edit A's facility through B",
        () => saveFacility(intruder, { organizationId: b.org.id, facilityId: fa.id, type: "chc", name: "Taken", districtCode: "490" }),
      ],
      ["list facilities", () => listFacilities(intruder, { organizationId: a.org.id })],
      ["read organisation", () => getOrganization(intruder, { organizationId: a.org.id })],
      ["members", () => listMembers(intruder, { organizationId: a.org.id })],
      ["remove member", () => removeMember(intruder, { organizationId: a.org.id, userId: a.member.id })],
      ["invite", () => createInvite(intruder, { organizationId: a.org.id })],
      ["unknown need", () => getOrgNeed(intruder, { needId: "00000000-0000-4000-8000-000000000000" })],
    ];
    for (const [name, run] of attempts) expect([name, await outcome(run())]).toEqual([name, "not_found"]);
    expect(await snapshot()).toBe(before);
  });
});

describe("invites", () => {
  it("are single use, store only a hash, and expire", async () => {
    const { org, actor } = await createOrganization();
    const { token } = await createInvite(actor, { organizationId: org.id });
    const db = await getDb();
    const rows = await db.select().from(organizationInvites).where(eq(organizationInvites.organizationId, org.id));
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(hashInviteToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);

    const first = await createUser({ roles: ["organization"] });
    const second = await createUser({ roles: ["organization"] });
    await expect(acceptInvite(actorFor(first, ["organization"]), { token })).resolves.toMatchObject({ organizationId: org.id });
    expect(await outcome(acceptInvite(actorFor(second, ["organization"]), { token }))).toBe("rule_violation:organization.errors.inviteInvalid");
    const members = await listMembers(actor, { organizationId: org.id });
    expect(members.members.map((m) => m.userId).sort()).toEqual([actor.id, first.id].sort());

    const { token: old } = await createInvite(actor, { organizationId: org.id });
    await db
      .update(organizationInvites)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(organizationInvites.tokenHash, hashInviteToken(old)));
    expect(await outcome(acceptInvite(actorFor(second, ["organization"]), { token: old }))).toBe("rule_violation:organization.errors.inviteInvalid");
    expect(await outcome(acceptInvite(actorFor(second, ["organization"]), { token: "x".repeat(43) }))).toBe("rule_violation:organization.errors.inviteInvalid");
    const [{ n }] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(organizationMembers)
      .where(eq(organizationMembers.organizationId, org.id));
    expect(n).toBe(2);
  });

  it("an invite for an email only admits that email; only admins invite and remove; the last admin stays", async () => {
    const { org, actor } = await createOrganization();
    const invited = await createUser({ roles: ["organization"], email: "colleague@example.org" });
    const other = await createUser({ roles: ["organization"] });
    const { token } = await createInvite(actor, { organizationId: org.id, email: "Colleague@Example.org" });
    expect(await outcome(acceptInvite(actorFor(other, ["organization"]), { token }))).toBe("rule_violation:organization.errors.inviteOtherEmail");
    await acceptInvite(actorFor(invited, ["organization"]), { token });
    const plainMember = actorFor(invited, ["organization"], [{ id: org.id }]);
    expect(await outcome(createInvite(plainMember, { organizationId: org.id }))).toBe("not_found");
    expect(await outcome(removeMember(plainMember, { organizationId: org.id, userId: actor.id }))).toBe("not_found");
    expect(await outcome(removeMember(actor, { organizationId: org.id, userId: actor.id }))).toBe("rule_violation:organization.errors.lastAdmin");
    await removeMember(actor, { organizationId: org.id, userId: invited.id });
    expect((await listMembers(actor, { organizationId: org.id })).members).toHaveLength(1);
  });
});
