import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { needLanguages, needs } from "@/db/schema";
import { anonymous } from "@/lib/auth/actor.types";
import { getMyFitForNeed } from "@/lib/data/matching/my-fit";
import { listNeedsForMe } from "@/lib/data/volunteers/needs-for-me";
import { AppError } from "@/lib/errors";
import { useTestDb } from "../fixtures/db";
import { actorFor, createActor, createOrganization } from "../fixtures/actors";
import { createVolunteerWithProfile, inDays } from "../fixtures/needs";

useTestDb();

const code = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  return "ok";
};

async function need(organizationId: string, over: Partial<typeof needs.$inferInsert> = {}, languages: { code: string; required: boolean }[] = []) {
  const db = await getDb();
  const [row] = await db
    .insert(needs)
    .values({
      organizationId, type: "rural_primary_care", title: "Rural primary care doctor", districtCode: 490, specialtyCode: "01",
      window: `[${inDays(30)},${inDays(90)})`, minDays: 14, maxDays: 60, minCredentialLevel: 2, status: "open", ...over,
    })
    .returning();
  if (languages.length) await db.insert(needLanguages).values(languages.map((l) => ({ needId: row.id, languageCode: l.code, required: l.required })));
  return row;
}

describe("a volunteer's fit for one need", () => {
  it("gives the score and reasons of an eligible need, the same as needs for me", async () => {
    const { org } = await createOrganization();
    const n = await need(org.id, {}, [{ code: "mar", required: false }]);
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
    const n = await need(org.id, { specialtyCode: "06", minCredentialLevel: 3, remote: true, type: "tele_mentoring" }, [{ code: "tam", required: true }]);
    const v = actorFor(await createVolunteerWithProfile({ level: 2 }), ["volunteer"]);
    expect((await listNeedsForMe(v)).needs.map((x) => x.id)).not.toContain(n.id);
    const fit = await getMyFitForNeed(v, { needId: n.id });
    if (fit.state !== "excluded") throw new Error(`expected excluded, got ${fit.state}`);
    expect(fit.exclusions.map((e) => e.code).sort()).toEqual(
      ["credential_level_too_low", "insufficient_overlap", "required_language_missing", "specialty_mismatch"],
    );
    expect(fit.exclusions.find((e) => e.code === "credential_level_too_low")!.params).toMatchObject({ level: 2, required: 3 });
    expect(fit.exclusions.find((e) => e.code === "required_language_missing")!.params).toMatchObject({ language: "tam" });
  });

  it("says so when the volunteer has no profile or no matching consent", async () => {
    const { org } = await createOrganization();
    const n = await need(org.id);
    const bare = await createActor(["volunteer"]);
    expect(await getMyFitForNeed(bare, { needId: n.id })).toEqual({ state: "profile_missing" });
    const noConsent = actorFor(await createVolunteerWithProfile({ consent: false }), ["volunteer"]);
    const fit = await getMyFitForNeed(noConsent, { needId: n.id });
    expect(fit.state === "excluded" && fit.exclusions.map((e) => e.code)).toEqual(["consent_withdrawn"]);
  });

  it("answers only volunteers, and only for public needs", async () => {
    const { org, actor: member } = await createOrganization();
    const open = await need(org.id);
    const draft = await need(org.id, { status: "draft" });
    const { org: pending } = await createOrganization({ status: "pending" });
    const unverified = await need(pending.id);
    const v = actorFor(await createVolunteerWithProfile(), ["volunteer"]);
    expect(await code(getMyFitForNeed(anonymous, { needId: open.id }))).toBe("unauthenticated");
    expect(await code(getMyFitForNeed(member, { needId: open.id }))).toBe("not_found"); // as needs for me: not theirs
    expect(await code(getMyFitForNeed(v, { needId: draft.id }))).toBe("not_found");
    expect(await code(getMyFitForNeed(v, { needId: unverified.id }))).toBe("not_found");
    expect(await code(getMyFitForNeed(v, { needId: "not-a-uuid" }))).toBe("not_found");
    expect(await code(getMyFitForNeed(v, { needId: "00000000-0000-4000-8000-000000000000" }))).toBe("not_found");
    expect(await code(getMyFitForNeed(v, { needId: ["x"] }))).toBe("not_found");
  });
});
