// Issue 11 "Trust chain", defects 1–6: each block fails on the code before the fix.
// DESIGN rules 3 (levels rest on evidence), 3a (a route to practise here) and 7 (profiles reach only
// verified organisations' published needs, and only under profile_sharing consent).
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, interests, licences, matches, needScores, notifications, placements, volunteerProfiles } from "@/db/schema";
import type { SignedInActor } from "@/lib/auth/actor.types";
import { approveMatch } from "@/lib/data/matches/approve-match";
import { listMatchQueue } from "@/lib/data/matches/list-match-queue";
import { shortlistForNeed } from "@/lib/data/matching/shortlist-for-need";
import { answerInterest } from "@/lib/data/needs/answer-interest";
import { createNeed as createNeedUseCase } from "@/lib/data/needs/create-need";
import { listCandidates } from "@/lib/data/needs/list-candidates";
import { listNeedInterests } from "@/lib/data/needs/list-need-interests";
import { publishNeed } from "@/lib/data/needs/publish-need";
import { rankCandidate } from "@/lib/data/needs/rank-candidate";
import { updateNeed } from "@/lib/data/needs/update-need";
import { rejectLicence, setVerificationLevel } from "@/lib/data/verification/set-verification-level";
import { changeConsent } from "@/lib/data/volunteers/consents";
import { deleteLicence, updateLicence } from "@/lib/data/volunteers/licences";
import { AppError } from "@/lib/errors";
import { useTestDb } from "../fixtures/db";
import { actorFor, createActor, createOrganization } from "../fixtures/actors";
import { createMatch, createNeed, createVolunteer } from "../fixtures/domain";
import { createFacility, createVolunteerWithProfile, needInput } from "../fixtures/needs";

useTestDb();

let coordinator: SignedInActor;
beforeAll(async () => {
  coordinator = await createActor(["coordinator"]);
});

async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return `${e.code}:${e.messageKey}`;
    throw e;
  }
}

const IN_REG = { licenceCountry: "IN", licenceAuthority: "Maharashtra Medical Council" };

async function profileOf(id: string) {
  const db = await getDb();
  const [p] = await db.select().from(volunteerProfiles).where(eq(volunteerProfiles.userId, id));
  return p;
}

async function scoredFor(needId: string, volunteerId: string): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(needScores)
    .where(and(eq(needScores.needId, needId), eq(needScores.volunteerId, volunteerId)));
  return rows.length > 0;
}

/** A level-3 volunteer (through a coordinator's decision on an Indian registration) on a level-3 need, with an open proposal. */
async function verifiedOnNeed() {
  const v = await createVolunteer({ level: 0, licenceStatus: "unverified", ...IN_REG });
  await setVerificationLevel(coordinator, { volunteerId: v.id, level: 3, licenceId: v.licenceId, note: "MMC register checked" });
  const { need } = await createNeed({ minLevel: 3 });
  const match = await createMatch({ needId: need.id, volunteerId: v.id });
  return { v, need, match };
}

async function expectLevelEnded(v: { id: string }, needId: string, matchId: string, cause: string) {
  const db = await getDb();
  expect(await profileOf(v.id)).toMatchObject({ verificationLevel: 0, verificationValidUntil: null, verificationLicenceId: null });
  // the maintained scores followed in the same transaction: the volunteer left the level-3 need
  expect(await scoredFor(needId, v.id)).toBe(false);
  const [audit] = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.objectId, v.id), eq(auditLog.action, "volunteer.level_ended")));
  expect(audit.after).toMatchObject({ level: 0, cause, flaggedMatches: [matchId] });
  const told = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, v.id), eq(notifications.kind, "verification_ended")));
  expect(told.map((n) => n.params)).toEqual([{ level: 3, cause }]);
  const [m] = await db.select().from(matches).where(eq(matches.id, matchId));
  expect(m.evidenceLapsedAt).not.toBeNull();
  const queue = await listMatchQueue(coordinator, { status: "proposed" });
  expect(queue.rows.find((r) => r.id === matchId)?.evidenceLapsedAt).not.toBeNull();
}

const licenceForm = (licenceId: string, over: Record<string, unknown> = {}) => ({
  licenceId,
  authority: "Maharashtra Medical Council",
  countryCode: "IN",
  number: "",
  validFrom: "2020-01-01",
  validTo: "2032-12-31",
  ...over,
});

describe("defect 1: a level ends with its evidence, in the same transaction", () => {
  it("rejecting the licence ends the level, audits, notifies and flags the open proposal", async () => {
    const { v, need, match } = await verifiedOnNeed();
    expect(await scoredFor(need.id, v.id)).toBe(true);
    await rejectLicence(coordinator, { licenceId: v.licenceId, note: "Registration suspended" });
    await expectLevelEnded(v, need.id, match.id, "licence_rejected");
  });

  it("deleting the licence ends the level", async () => {
    const { v, need, match } = await verifiedOnNeed();
    await deleteLicence(v.actor, { id: v.licenceId });
    await expectLevelEnded(v, need.id, match.id, "licence_deleted");
  });

  for (const [what, change] of [
    ["authority", { authority: "Karnataka Medical Council" }],
    ["country", { countryCode: "GB" }],
    ["region", { region: "Vidarbha" }],
    ["validity dates", { validTo: "2033-01-31" }],
    ["start date", { validFrom: "2019-06-01" }],
  ] as const) {
    it(`changing the licence's ${what} ends the level (not only the number)`, async () => {
      const { v, need, match } = await verifiedOnNeed();
      const db = await getDb();
      const [l] = await db.select().from(licences).where(eq(licences.id, v.licenceId));
      const res = await updateLicence(v.actor, licenceForm(v.licenceId, { number: l.number, ...change }));
      expect(res.statusReset).toBe(true);
      await expectLevelEnded(v, need.id, match.id, "licence_changed");
    });
  }

  it("an offer (approved match, offered placement) is flagged too; an unrelated edit keeps the level", async () => {
    const { v, need, match } = await verifiedOnNeed();
    const db = await getDb();
    await db.update(matches).set({ status: "approved" }).where(eq(matches.id, match.id));
    await db.insert(placements).values({ matchId: match.id, needId: need.id, volunteerId: v.id, period: "[2031-02-01,2031-03-01)", status: "offered" });
    const [l] = await db.select().from(licences).where(eq(licences.id, v.licenceId));
    // same values: nothing a coordinator checked changed
    expect((await updateLicence(v.actor, licenceForm(v.licenceId, { number: l.number }))).statusReset).toBe(false);
    expect((await profileOf(v.id)).verificationLevel).toBe(3);
    await rejectLicence(coordinator, { licenceId: v.licenceId, note: "Not on the register" });
    const [m] = await db.select().from(matches).where(eq(matches.id, match.id));
    expect(m.evidenceLapsedAt).not.toBeNull();
  });

  it("the database refuses any writer that changes or deletes a level's evidence without ending it", async () => {
    const { v } = await verifiedOnNeed();
    const db = await getDb();
    const err = await db.execute(sql`UPDATE licences SET status = 'rejected' WHERE id = ${v.licenceId}::uuid`).then(
      () => null,
      (e: unknown) => e,
    );
    expect(String((err as { cause?: unknown })?.cause ?? err)).toMatch(/rests on licence/);
    const del = await db.execute(sql`DELETE FROM licences WHERE id = ${v.licenceId}::uuid`).then(
      () => null,
      (e: unknown) => e,
    );
    expect(del).not.toBeNull();
    expect((await profileOf(v.id)).verificationLevel).toBe(3);
  });
});

async function orgNeedWithPeople(opts: { status?: "pending" | "verified"; publish?: boolean } = {}) {
  const o = await createOrganization({ status: opts.status ?? "verified" });
  const f = await createFacility(o.org.id);
  const { id } = await createNeedUseCase(o.actor, needInput(o.org.id, f.id));
  if (opts.publish) await publishNeed(o.actor, { needId: id });
  const v = await createVolunteerWithProfile({ name: "Dr Shared Profile" });
  const db = await getDb();
  const [interest] = await db.insert(interests).values({ needId: id, volunteerId: v.id, note: "Keen" }).returning();
  return { ...o, needId: id, v, interest };
}

describe("defect 2: pending organisations and drafts see counts, never people", () => {
  it("a pending organisation's draft: a count, no candidates, interests, shortlist or ranking", async () => {
    const s = await orgNeedWithPeople({ status: "pending" });
    const list = await listCandidates(s.actor, { needId: s.needId });
    expect(list).toMatchObject({ people: false, candidates: [] });
    expect(list.eligibleCount).toBeGreaterThanOrEqual(1);
    expect(await listNeedInterests(s.actor, { needId: s.needId })).toEqual([]);
    expect((await shortlistForNeed(s.actor, { needId: s.needId })).entries).toEqual([]);
    expect(await outcome(rankCandidate(s.actor, { needId: s.needId, volunteerId: s.v.id, rank: "1" }))).toBe("not_found:errors.not_found");
    expect(await outcome(answerInterest(s.actor, { interestId: s.interest.id, status: "seen" }))).toBe("not_found:errors.not_found");
    expect(JSON.stringify(list)).not.toContain("Dr Shared Profile");
  });

  it("a verified organisation's draft shows counts only; once published, the people", async () => {
    const s = await orgNeedWithPeople({ status: "verified" });
    const draft = await listCandidates(s.actor, { needId: s.needId });
    expect(draft).toMatchObject({ people: false, candidates: [] });
    await publishNeed(s.actor, { needId: s.needId });
    const after = await listCandidates(s.actor, { needId: s.needId });
    expect(after.candidates.map((c) => c.volunteerId)).toContain(s.v.id);
    expect(after.candidates).toHaveLength(draft.eligibleCount);
    expect((await listNeedInterests(s.actor, { needId: s.needId })).map((i) => i.profile?.fullName)).toEqual(["Dr Shared Profile"]);
  });

  it("wrong-role accounts are refused; coordinators see a draft's people", async () => {
    const s = await orgNeedWithPeople({ status: "pending" });
    for (const roles of [["volunteer"], ["admin"]] as const) {
      const other = await createActor([...roles]);
      expect(await outcome(listCandidates(other, { needId: s.needId }))).toBe("forbidden:errors.forbidden");
      expect(await outcome(listNeedInterests(other, { needId: s.needId }))).toBe("forbidden:errors.forbidden");
    }
    const c = await listCandidates(coordinator, { needId: s.needId });
    expect(c.people).toBe(true);
    expect(c.candidates.map((x) => x.volunteerId)).toContain(s.v.id);
  });
});

describe("defect 3: profile_sharing consent gates every list an organisation sees", () => {
  it("withdrawal removes the volunteer from candidates, interests, shortlist and ranking at once", async () => {
    const s = await orgNeedWithPeople({ publish: true });
    await rankCandidate(s.actor, { needId: s.needId, volunteerId: s.v.id, rank: "1" });
    const before = await listCandidates(s.actor, { needId: s.needId });
    expect(before.candidates.map((c) => c.volunteerId)).toContain(s.v.id);
    const slBefore = await shortlistForNeed(s.actor, { needId: s.needId });
    await changeConsent(actorFor(s.v, ["volunteer"]), { purpose: "profile_sharing" }); // granted unchecked = withdraw
    const after = await listCandidates(s.actor, { needId: s.needId });
    expect(after.candidates.map((c) => c.volunteerId)).not.toContain(s.v.id); // neither eligible nor as a ranked mark
    expect(after.eligibleCount).toBe(before.eligibleCount - 1);
    expect(await listNeedInterests(s.actor, { needId: s.needId })).toEqual([]);
    const sl = await shortlistForNeed(s.actor, { needId: s.needId });
    expect(sl.total).toBe(slBefore.total - 1);
    expect(sl.entries.map((e) => e.volunteerId)).not.toContain(s.v.id);
    expect(await outcome(rankCandidate(s.actor, { needId: s.needId, volunteerId: s.v.id, rank: "2" }))).toBe("not_found:errors.not_found");
    expect(await outcome(answerInterest(s.actor, { interestId: s.interest.id, status: "seen" }))).toBe("not_found:errors.not_found");
    // the coordinator's shortlist is not an organisation's list: matching consent still stands
    expect((await shortlistForNeed(coordinator, { needId: s.needId })).entries.map((e) => e.volunteerId)).toContain(s.v.id);
  });

  it("a volunteer who never consented is never listed to an organisation", async () => {
    const s = await orgNeedWithPeople({ publish: true });
    const hidden = await createVolunteerWithProfile({ name: "Dr Not Shared", profileSharing: false });
    const ids = (await listCandidates(s.actor, { needId: s.needId })).candidates.map((c) => c.volunteerId);
    expect(ids).toContain(s.v.id);
    expect(ids).not.toContain(hidden.id);
    expect((await shortlistForNeed(coordinator, { needId: s.needId })).entries.map((e) => e.volunteerId)).toContain(hidden.id);
    expect(await outcome(rankCandidate(s.actor, { needId: s.needId, volunteerId: hidden.id, rank: "1" }))).toBe("not_found:errors.not_found");
  });
});

describe("defect 4: ranking only accepts volunteers on the need's eligible list", () => {
  it("an ineligible volunteer cannot be ranked and never appears in the organisation's list", async () => {
    const s = await orgNeedWithPeople({ publish: true });
    const low = await createVolunteerWithProfile({ name: "Dr Level One", level: 1 });
    expect(await outcome(rankCandidate(s.actor, { needId: s.needId, volunteerId: low.id, rank: "1" }))).toBe("not_found:errors.not_found");
    const names = (await listCandidates(s.actor, { needId: s.needId })).candidates.map((c) => c.profile.fullName);
    expect(names).not.toContain("Dr Level One");
    expect(await outcome(rankCandidate(s.actor, { needId: s.needId, volunteerId: s.v.id, rank: "1" }))).toBe("ok");
  });
});

describe("defect 5: levels 2–3 name their evidence; level 3 needs a route to practise here", () => {
  it("only the named licence changes status; level 3 on a licence abroad is refused", async () => {
    const v = await createVolunteer({ level: 0, licenceStatus: "unverified" }); // a GMC (UK) licence
    const db = await getDb();
    const [second] = await db
      .insert(licences)
      .values({ userId: v.id, authority: "Texas Medical Board", countryCode: "US", number: "TX-1", validTo: "2032-01-01", status: "unverified" })
      .returning();
    expect(await outcome(setVerificationLevel(coordinator, { volunteerId: v.id, level: 3, licenceId: "", note: "none chosen" }))).toBe(
      "invalid_input:errors.invalid_input",
    );
    expect(await outcome(setVerificationLevel(coordinator, { volunteerId: v.id, level: 3, licenceId: v.licenceId, note: "abroad" }))).toBe(
      "rule_violation:coordinator.verification.level3NeedsRoute",
    );
    expect((await profileOf(v.id)).verificationLevel).toBe(0);
    await setVerificationLevel(coordinator, { volunteerId: v.id, level: 2, licenceId: v.licenceId, note: "GMC register" });
    const statuses = Object.fromEntries((await db.select().from(licences).where(eq(licences.userId, v.id))).map((l) => [l.id, l.status]));
    expect(statuses).toEqual({ [v.licenceId]: "verified", [second.id]: "unverified" });
    expect(await profileOf(v.id)).toMatchObject({ verificationLevel: 2, verificationLicenceId: v.licenceId });
    // level 1 rests on no licence: a licence sent along is not attached and changes no status
    await setVerificationLevel(coordinator, { volunteerId: v.id, level: 1, licenceId: second.id, note: "identity only" });
    expect(await profileOf(v.id)).toMatchObject({ verificationLevel: 1, verificationLicenceId: null });
    const [s2] = await db.select().from(licences).where(eq(licences.id, second.id));
    expect(s2.status).toBe("unverified");
  });
});

describe("defect 6: a clinical in-person need asks for level 3", () => {
  it("validation refuses a lower minimum for clinical in-person needs; teaching and remote may ask less", async () => {
    const o = await createOrganization();
    const f = await createFacility(o.org.id);
    const low = await createNeedUseCase(o.actor, needInput(o.org.id, f.id, { minCredentialLevel: "0" })).catch((e: AppError) => e);
    expect((low as AppError).fieldErrors.minCredentialLevel).toEqual(["needs.errors.clinicalLevel"]);
    const camp = await createNeedUseCase(o.actor, needInput(o.org.id, f.id, { type: "specialist_camp", minCredentialLevel: "2" })).catch((e: AppError) => e);
    expect((camp as AppError).fieldErrors.minCredentialLevel).toEqual(["needs.errors.clinicalLevel"]);
    expect(await outcome(createNeedUseCase(o.actor, needInput(o.org.id, f.id, { type: "teaching", specialtyCode: "", minCredentialLevel: "1" })))).toBe("ok");
    const { id } = await createNeedUseCase(o.actor, needInput(o.org.id, f.id));
    const edit = await updateNeed(o.actor, { ...needInput(o.org.id, f.id, { minCredentialLevel: "1" }), needId: id }).catch((e: AppError) => e);
    expect((edit as AppError).fieldErrors.minCredentialLevel).toEqual(["needs.errors.clinicalLevel"]);
  });

  it("the database holds the rule for every writer", async () => {
    const db = await getDb();
    const o = await createOrganization();
    const err = await db
      .execute(
        sql`INSERT INTO needs (organization_id, type, title, "window", min_days, max_days, min_credential_level)
        VALUES (${o.org.id}::uuid, 'rural_primary_care', 'Night clinic cover', '[2031-01-01,2031-03-01)', 7, 30, 0)`,
      )
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(JSON.stringify(err) + String((err as { cause?: unknown })?.cause ?? "")).toMatch(/needs_clinical_min_level/);
  });
});

describe("part 3 (partial): approval only inside the window of the registration a level 3 rests on", () => {
  it("a registration granted from 15 February refuses a placement from 1 February, naming the rule; inside it approves", async () => {
    const v = await createVolunteer({ level: 0, licenceStatus: "unverified", ...IN_REG });
    const db = await getDb();
    await db.update(licences).set({ validFrom: "2031-02-15" }).where(eq(licences.id, v.licenceId));
    await setVerificationLevel(coordinator, { volunteerId: v.id, level: 3, licenceId: v.licenceId, note: "Temporary registration granted from 15 Feb" });
    const { need } = await createNeed({ minLevel: 3 });
    const m = await createMatch({ needId: need.id, volunteerId: v.id });
    const early = await approveMatch(coordinator, { matchId: m.id, firstDay: "2031-02-01", lastDay: "2031-03-01" }).catch((e: AppError) => e);
    expect((early as AppError).messageKey).toBe("placements.rules.credentialNotYetValid");
    expect(await db.select().from(placements).where(eq(placements.matchId, m.id))).toEqual([]);
    expect(await outcome(approveMatch(coordinator, { matchId: m.id, firstDay: "2031-02-15", lastDay: "2031-03-15" }))).toBe("ok");
  });
});
