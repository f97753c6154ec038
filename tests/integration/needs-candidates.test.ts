import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, candidatePreferences, interests } from "@/db/schema";
import { createNeed } from "@/lib/data/needs/create-need";
import { publishNeed } from "@/lib/data/needs/publish-need";
import { listCandidates } from "@/lib/data/needs/list-candidates";
import { rankCandidate } from "@/lib/data/needs/rank-candidate";
import { listNeedInterests, INTEREST_REPLY_DAYS } from "@/lib/data/needs/list-need-interests";
import { answerInterest } from "@/lib/data/needs/answer-interest";
import { listOrgNeeds } from "@/lib/data/needs/list-org-needs";
import { AppError } from "@/lib/errors";
import { useTestDb } from "../fixtures/db";
import { createActor, createOrganization } from "../fixtures/actors";
import { createFacility, createVolunteerWithProfile, needInput } from "../fixtures/needs";
import { expectAppError } from "../fixtures/app-error";

useTestDb();

async function openNeed() {
  const o = await createOrganization();
  const f = await createFacility(o.org.id);
  const { id } = await createNeed(o.actor, needInput(o.org.id, f.id));
  await publishNeed(o.actor, { needId: id });
  return { ...o, needId: id };
}

// DESIGN rule 7: before a coordinator approves a match, organisations see the professional profile only.
const forbiddenFragments = ["@example.org", "+44 7700", "Leicester", "1975-04-01", "email", "phone", "city", "dateOfBirth", "licence", "document"];

describe("candidates for a need", () => {
  it("lists eligible volunteers scored by the matching engine, with the professional profile only", async () => {
    const s = await openNeed();
    const good = await createVolunteerWithProfile({ name: "Dr Asha Patil" });
    await createVolunteerWithProfile({ name: "Dr Low Level", level: 1 });
    await createVolunteerWithProfile({ name: "Dr No Consent", consent: false });
    await createVolunteerWithProfile({ name: "Dr Surgeon", specialty: "02" });
    const { candidates: list } = await listCandidates(s.actor, { needId: s.needId });
    expect(list.map((c) => c.profile.fullName)).toEqual(["Dr Asha Patil"]);
    const [c] = list;
    expect(c).toMatchObject({ volunteerId: good.id, eligible: true, preferenceRank: null, interestStatus: null });
    expect(c.score).toBeGreaterThan(0);
    expect(c.reasons.reduce((sum, r) => sum + r.points, 0)).toBe(c.score);
    expect(c.profile).toMatchObject({ country: "United Kingdom", verificationLevel: 3, yearsExperience: 12 });
    const json = JSON.stringify(list);
    for (const f of forbiddenFragments) expect(json).not.toContain(f);
  });

  it("marks and ranks preferred candidates, and removes the mark", async () => {
    const s = await openNeed();
    const v = await createVolunteerWithProfile();
    await rankCandidate(s.actor, { needId: s.needId, volunteerId: v.id, rank: "2" });
    await rankCandidate(s.actor, { needId: s.needId, volunteerId: v.id, rank: "1" });
    expect((await listCandidates(s.actor, { needId: s.needId })).candidates.find((c) => c.volunteerId === v.id)?.preferenceRank).toBe(1);
    const db = await getDb();
    expect(await db.select().from(candidatePreferences)).toHaveLength(1);
    await rankCandidate(s.actor, { needId: s.needId, volunteerId: v.id, rank: "" });
    expect(await db.select().from(candidatePreferences)).toHaveLength(0);
    const bad = await expectAppError(rankCandidate(s.actor, { needId: s.needId, volunteerId: v.id, rank: "0" }));
    expect((bad as AppError).code).toBe("invalid_input");
    const stranger = await createActor(["volunteer"]);
    expect(((await expectAppError(rankCandidate(s.actor, { needId: s.needId, volunteerId: stranger.id, rank: "1" }))) as AppError).code).toBe("not_found");
  });
});

describe("answering interests", () => {
  it("shows interests with a reply deadline and records the answer; not suitable needs a reason", async () => {
    const s = await openNeed();
    const v = await createVolunteerWithProfile({ name: "Dr Interested" });
    const db = await getDb();
    const [interest] = await db.insert(interests).values({ needId: s.needId, volunteerId: v.id, note: "Available in March" }).returning();
    const [row] = await listNeedInterests(s.actor, { needId: s.needId });
    expect(row).toMatchObject({ id: interest.id, status: "sent", note: "Available in March", overdue: false });
    expect(row.replyBy.getTime() - row.createdAt.getTime()).toBe(INTEREST_REPLY_DAYS * 86_400_000);
    expect(row.profile?.fullName).toBe("Dr Interested");
    for (const f of forbiddenFragments) expect(JSON.stringify(row)).not.toContain(f);

    const refused = await expectAppError(answerInterest(s.actor, { interestId: interest.id, status: "not_suitable" }));
    expect((refused as AppError).fieldErrors.reason).toEqual(["needs.errors.reasonRequired"]);
    await answerInterest(s.actor, { interestId: interest.id, status: "shortlisted" });
    await answerInterest(s.actor, { interestId: interest.id, status: "not_suitable", reason: "Needs Marathi at native level" });
    const [after] = await db.select().from(interests).where(eq(interests.id, interest.id));
    expect(after).toMatchObject({ status: "not_suitable", reason: "Needs Marathi at native level" });
    expect(after.seenAt).not.toBeNull();
    const audits = await db.select().from(auditLog).where(eq(auditLog.objectId, interest.id));
    expect(audits.map((a) => a.action)).toEqual(["interest.answered", "interest.answered"]);

    const [counts] = await listOrgNeeds(s.actor, { organizationId: s.org.id });
    expect(counts).toMatchObject({ interested: 1, proposed: 0, offered: 0, placed: 0, filled: false });
  });

  it("a withdrawn interest cannot be answered and is not listed", async () => {
    const s = await openNeed();
    const v = await createVolunteerWithProfile();
    const db = await getDb();
    const [interest] = await db.insert(interests).values({ needId: s.needId, volunteerId: v.id, status: "withdrawn" }).returning();
    expect(await listNeedInterests(s.actor, { needId: s.needId })).toEqual([]);
    const e = await expectAppError(answerInterest(s.actor, { interestId: interest.id, status: "seen" }));
    expect((e as AppError).messageKey).toBe("needs.errors.interestWithdrawn");
  });
});
