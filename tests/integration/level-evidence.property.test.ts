// Issue 11 part 2 (ADR 009), database half: random histories of licence additions, edits,
// rejections, deletions and coordinator decisions through the real use cases, on both engines.
// After every step the stored level read as effective on three days never exceeds (and equals)
// the reference model's, the maintained candidate rows carry the profile's level, and need_scores
// holds the volunteer for a level-3 need exactly while the evidence supports level 3 to its end.
// Fewer runs than the pure half (tests/unit/level-evidence.property.test.ts): each step is a transaction.
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { licences, matchingCandidates, needScores, volunteerProfiles } from "@/db/schema";
import type { SignedInActor } from "@/lib/auth/actor.types";
import { programmeToday } from "@/lib/data/placements/period-rules";
import { effectiveLevelSql } from "@/lib/data/verification/effective-level";
import { rejectLicence, setVerificationLevel } from "@/lib/data/verification/set-verification-level";
import { addLicence, deleteLicence, updateLicence } from "@/lib/data/volunteers/licences";
import { AppError } from "@/lib/errors";
import { useTestDb } from "../fixtures/db";
import { createActor } from "../fixtures/actors";
import { createNeed, createVolunteer } from "../fixtures/domain";
import { ReferenceModel, stepArbitrary, type Fields, type Step } from "../fixtures/level-model";

useTestDb();

const NEED_LAST_DAY = "2031-06-30"; // the fixture need's window is [2031-01-01, 2031-07-01)
const READ_DAYS = () => [programmeToday(), "2027-07-01", NEED_LAST_DAY];
const VALID_TOS = [null, "2026-01-31", "2027-06-30", "2032-12-31"];
const UNKNOWN_LICENCE = "00000000-0000-4000-8000-000000000000";

let coordinator: SignedInActor;
let needId: string;
beforeAll(async () => {
  coordinator = await createActor(["coordinator"]);
  needId = (await createNeed({ minLevel: 3 })).need.id;
});

/** Runs a use case; an AppError is a refusal (the reference model refuses the same things). */
async function attempt(p: Promise<unknown>): Promise<void> {
  try {
    await p;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
  }
}

const form = (f: Fields) => ({ authority: f.authority, countryCode: f.countryCode, number: f.number, validFrom: f.validFrom ?? "", validTo: f.validTo ?? "" });

async function run(steps: Step[]) {
  const db = await getDb();
  const v = await createVolunteer({ level: 0 }); // with one unverified GMC licence (index 0)
  const ids: string[] = [v.licenceId];
  const [first] = await db.select().from(licences).where(eq(licences.id, v.licenceId));
  const ref = new ReferenceModel();
  ref.add({ authority: first.authority, countryCode: first.countryCode, number: first.number, validFrom: first.validFrom, validTo: first.validTo });
  const today = programmeToday();
  for (const step of steps) {
    const id = "licence" in step && step.licence !== null ? (ids[step.licence] ?? UNKNOWN_LICENCE) : null;
    switch (step.kind) {
      case "add": {
        const res = await addLicence(v.actor, form(step.fields));
        ids.push(res.licenceId);
        ref.add(step.fields);
        break;
      }
      case "edit": {
        if (!ref.exists(step.licence)) break;
        const [cur] = await db.select().from(licences).where(eq(licences.id, id!));
        const next = {
          authority: cur.authority,
          countryCode: cur.countryCode,
          number: cur.number,
          validFrom: cur.validFrom,
          validTo: cur.validTo,
          ...step.fields,
        };
        await updateLicence(v.actor, { licenceId: id, ...form(next) });
        ref.edit(step.licence, step.fields);
        break;
      }
      case "reject":
        if (!ref.exists(step.licence)) break;
        await rejectLicence(coordinator, { licenceId: id, note: "Not on the register" });
        ref.reject(step.licence);
        break;
      case "delete":
        if (!ref.exists(step.licence)) break;
        await deleteLicence(v.actor, { id: id! });
        ref.remove(step.licence);
        break;
      case "decide":
        await attempt(setVerificationLevel(coordinator, { volunteerId: v.id, level: step.level, licenceId: id ?? "", note: "decided" }));
        ref.decide(step.level, step.licence !== null && ref.exists(step.licence) ? step.licence : null, today);
        break;
      case "advance":
        break;
    }
    for (const day of READ_DAYS()) {
      const [row] = await db
        .select({ level: effectiveLevelSql(day) })
        .from(volunteerProfiles)
        .where(eq(volunteerProfiles.userId, v.id));
      expect(Number(row.level)).toBeLessThanOrEqual(ref.level(day));
      expect(Number(row.level)).toBe(ref.level(day));
    }
    const [p] = await db.select({ level: volunteerProfiles.verificationLevel }).from(volunteerProfiles).where(eq(volunteerProfiles.userId, v.id));
    const copies = await db
      .selectDistinct({ level: matchingCandidates.verificationLevel })
      .from(matchingCandidates)
      .where(eq(matchingCandidates.volunteerId, v.id));
    expect(copies.map((c) => c.level)).toEqual([p.level]);
    const scored = await db
      .select()
      .from(needScores)
      .where(and(eq(needScores.needId, needId), eq(needScores.volunteerId, v.id)));
    expect(scored.length === 1).toBe(ref.level(NEED_LAST_DAY) >= 3);
  }
}

describe("a verification level never outlives its evidence (use cases, database)", () => {
  it("random histories keep the stored level, candidate rows and need_scores with the reference model", async () => {
    await fc.assert(fc.asyncProperty(fc.array(stepArbitrary(VALID_TOS, false), { minLength: 3, maxLength: 10, size: "max" }), run), { numRuns: 50 });
  }, 600_000);
});
