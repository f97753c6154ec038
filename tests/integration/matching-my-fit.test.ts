import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { anonymous } from "@/lib/auth/actor.types";
import { getMyFitForNeed } from "@/lib/data/matching/my-fit";
import { checkVolunteerForNeed } from "@/lib/data/matching/check-volunteer";
import { listNeedsForMe } from "@/lib/data/volunteers/needs-for-me";
import { useTestDb } from "../fixtures/db";
import { actorFor, createActor, createOrganization } from "../fixtures/actors";
import { createVolunteerWithProfile, insertOpenNeed } from "../fixtures/needs";
import { outcomeOf } from "../fixtures/app-error";

useTestDb();

describe("a volunteer's fit for one need", () => {
  it("gives the score and reasons of an eligible need, the same as needs for me", async () => {
    const { org } = await createOrganization();
    const n = await insertOpenNeed(org.id, {}, [{ code: "mar", required: false }]);
    const v = actorFor(await createVolunteerWithProfile({ level: 2 }), ["volunteer"]);
    const fit = await getMyFitForNeed(v, { needId: n.id });
    if (fit.state !== "eligible") throw new Error(`expected eligible, got ${fit.state}`);
    const listed = (await listNeedsForMe(v)).needs.find((x) => x.id === n.id)!;
    expect(fit.score).toBe(listed.score);
    expect(fit.reasons.map((r) => r.key)).toEqual(listed.reasons.map((r) => r.key));
    expect(fit.reasons.reduce((s, r) => s + r.points, 0)).toBe(fit.score);
    expect(fit.reasons.map((r) => r.key)).toContain("language.preferred");
  });

  it("names every unmet hard requirement of a need missing from needs for me", async () => {
    const { org } = await createOrganization();
    // another specialty, a level above the volunteer's, a language they do not speak, remote only
    const n = await insertOpenNeed(org.id, { specialtyCode: "06", minCredentialLevel: 3, remote: true, type: "tele_mentoring" }, [
      { code: "tam", required: true },
    ]);
    const v = actorFor(await createVolunteerWithProfile({ level: 2 }), ["volunteer"]);
    expect((await listNeedsForMe(v)).needs.map((x) => x.id)).not.toContain(n.id);
    const fit = await getMyFitForNeed(v, { needId: n.id });
    if (fit.state !== "excluded") throw new Error(`expected excluded, got ${fit.state}`);
    expect(fit.exclusions.map((e) => e.code).sort()).toEqual([
      "credential_level_too_low",
      "insufficient_overlap",
      "required_language_missing",
      "specialty_mismatch",
    ]);
    expect(fit.exclusions.find((e) => e.code === "credential_level_too_low")!.params).toMatchObject({ level: 2, required: 3 });
    expect(fit.exclusions.find((e) => e.code === "required_language_missing")!.params).toMatchObject({ language: "tam" });
  });

  it("says so when the volunteer has no profile or no matching consent", async () => {
    const { org } = await createOrganization();
    const n = await insertOpenNeed(org.id);
    const bare = await createActor(["volunteer"]);
    expect(await getMyFitForNeed(bare, { needId: n.id })).toEqual({ state: "profile_missing" });
    const noConsent = actorFor(await createVolunteerWithProfile({ consent: false }), ["volunteer"]);
    const fit = await getMyFitForNeed(noConsent, { needId: n.id });
    expect(fit.state === "excluded" && fit.exclusions.map((e) => e.code)).toEqual(["consent_withdrawn"]);
  });

  it("answers only volunteers, and only for public needs", async () => {
    const { org, actor: member } = await createOrganization();
    const open = await insertOpenNeed(org.id);
    const draft = await insertOpenNeed(org.id, { status: "draft" });
    const { org: pending } = await createOrganization({ status: "pending" });
    const unverified = await insertOpenNeed(pending.id);
    const v = actorFor(await createVolunteerWithProfile(), ["volunteer"]);
    expect(await outcomeOf(getMyFitForNeed(anonymous, { needId: open.id }))).toBe("unauthenticated");
    expect(await outcomeOf(getMyFitForNeed(member, { needId: open.id }))).toBe("not_found"); // as needs for me: not theirs
    expect(await outcomeOf(getMyFitForNeed(v, { needId: draft.id }))).toBe("not_found");
    expect(await outcomeOf(getMyFitForNeed(v, { needId: unverified.id }))).toBe("not_found");
    expect(await outcomeOf(getMyFitForNeed(v, { needId: "not-a-uuid" }))).toBe("not_found");
    expect(await outcomeOf(getMyFitForNeed(v, { needId: "00000000-0000-4000-8000-000000000000" }))).toBe("not_found");
    expect(await outcomeOf(getMyFitForNeed(v, { needId: ["x"] }))).toBe("not_found");
  });
});

describe("a coordinator checks one volunteer against a need", () => {
  it("gives the same verdict as the volunteer's own page: score and reasons, or the unmet requirements", async () => {
    const { org } = await createOrganization();
    const fits = await insertOpenNeed(org.id);
    const cardio = await insertOpenNeed(org.id, { specialtyCode: "06", minCredentialLevel: 3 });
    const u = await createVolunteerWithProfile({ level: 2, name: "Dr Asha Kulkarni" });
    const v = actorFor(u, ["volunteer"]);
    const coordinator = await createActor(["coordinator"]);
    // the email as typed: other case and spaces are normalised like at sign-in
    const typed = `  ${u.email.toUpperCase()} `;
    const ok = await checkVolunteerForNeed(coordinator, { needId: fits.id, email: typed });
    const own = await getMyFitForNeed(v, { needId: fits.id });
    if (ok.state !== "eligible" || own.state !== "eligible") throw new Error("expected eligible");
    expect(ok).toMatchObject({ name: "Dr Asha Kulkarni", score: own.score });
    expect(ok.reasons).toEqual(own.reasons);
    const no = await checkVolunteerForNeed(coordinator, { needId: cardio.id, email: u.email });
    expect(no.state === "excluded" && no.exclusions.map((e) => e.code).sort()).toEqual(["credential_level_too_low", "specialty_mismatch"]);
  });

  it("says when no active volunteer has the email, or the volunteer has no profile", async () => {
    const { org } = await createOrganization();
    const n = await insertOpenNeed(org.id);
    const coordinator = await createActor(["coordinator"]);
    expect(await checkVolunteerForNeed(coordinator, { needId: n.id, email: "nobody@example.org" })).toEqual({ state: "unknown" });
    // an organisation member is not a volunteer
    const { member } = await createOrganization();
    const db = await getDb();
    const [m] = await db.select().from(users).where(eq(users.id, member.id));
    expect(await checkVolunteerForNeed(coordinator, { needId: n.id, email: m.email })).toEqual({ state: "unknown" });
    const bare = await createActor(["volunteer"]);
    expect(await checkVolunteerForNeed(coordinator, { needId: n.id, email: bare.email })).toMatchObject({ state: "profile_missing" });
    const gone = await createVolunteerWithProfile();
    await db.update(users).set({ status: "deactivated" }).where(eq(users.id, gone.id));
    expect(await checkVolunteerForNeed(coordinator, { needId: n.id, email: gone.email })).toEqual({ state: "unknown" });
  });

  it("is for coordinators only, validates the email and answers not_found for a missing need", async () => {
    const { org, actor: orgActor } = await createOrganization();
    const n = await insertOpenNeed(org.id);
    const u = await createVolunteerWithProfile();
    const coordinator = await createActor(["coordinator"]);
    // the owning organisation may read its candidates, but not probe any volunteer by email
    expect(await outcomeOf(checkVolunteerForNeed(orgActor, { needId: n.id, email: u.email }))).toBe("forbidden");
    expect(await outcomeOf(checkVolunteerForNeed(actorFor(u, ["volunteer"]), { needId: n.id, email: u.email }))).toBe("forbidden");
    expect(await outcomeOf(checkVolunteerForNeed(anonymous, { needId: n.id, email: u.email }))).toBe("unauthenticated");
    expect(await outcomeOf(checkVolunteerForNeed(coordinator, { needId: n.id, email: "not an email" }))).toBe("invalid_input");
    expect(await outcomeOf(checkVolunteerForNeed(coordinator, { needId: n.id, email: ["a@b.org"] }))).toBe("invalid_input");
    expect(await outcomeOf(checkVolunteerForNeed(coordinator, { needId: "00000000-0000-4000-8000-000000000000", email: u.email }))).toBe("not_found");
    expect(await outcomeOf(checkVolunteerForNeed(coordinator, { needId: "x", email: u.email }))).toBe("invalid_input");
  });
});
