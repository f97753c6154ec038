// DESIGN rule 4: the score is the sum of its reasons, each with key, params, points and a sentence.
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/matching/explain";
import { WEIGHTS } from "@/lib/matching/weights";
import { rankNeedsForVolunteer, rankVolunteersForNeed } from "@/lib/matching/rank";
import type { Evaluation } from "@/lib/matching/types";
import { need, volunteer } from "./factories";

const names = {
  language: (c: string) => ({ mar: "Marathi", hin: "Hindi" })[c],
  district: (c: string) => ({ "490": "Pune" })[c],
  specialty: (c: string) => ({ "08": "Family Practice" })[c],
};

function scored(e: Evaluation) {
  if (!e.eligible) throw new Error(`not eligible: ${e.exclusions.map((x) => x.code).join(", ")}`);
  return e;
}
const reason = (e: Evaluation, key: string) => scored(e).reasons.find((r) => r.key === key);

describe("score", () => {
  it("is an integer equal to the sum of its reasons' points", () => {
    const e = scored(
      evaluate(
        volunteer({ yearsExperience: 13, completedPlacements: 2, averageFeedback: 4.4, endorsements: 1, everOffered: false }),
        need({ preferredLanguages: ["mar"] }),
      ),
    );
    expect(Number.isInteger(e.score)).toBe(true);
    expect(e.score).toBe(e.reasons.reduce((s, r) => s + r.points, 0));
    for (const r of e.reasons) expect(Number.isInteger(r.points)).toBe(true);
  });

  it("writes sentences like 'Speaks Marathi (preferred): +10' and keeps key and params for translation", () => {
    const e = evaluate(volunteer(), need({ preferredLanguages: ["mar", "hin"] }), names);
    const lang = scored(e).reasons.filter((r) => r.key === "language.preferred");
    expect(lang).toEqual([
      {
        key: "language.preferred",
        points: WEIGHTS.preferredLanguage,
        params: { language: "mar" },
        text: `Speaks Marathi (preferred): +${WEIGHTS.preferredLanguage}`,
      },
    ]);
  });

  it("ranks specialty fit: exact primary > exact secondary > related", () => {
    const primary = reason(evaluate(volunteer({ specialties: [{ code: "08", primary: true }] }), need(), names), "specialty.exactPrimary");
    const secondary = reason(
      evaluate(
        volunteer({
          specialties: [
            { code: "01", primary: true },
            { code: "08", primary: false },
          ],
        }),
        need(),
      ),
      "specialty.exactSecondary",
    );
    const related = reason(evaluate(volunteer({ specialties: [{ code: "11", primary: true }] }), need()), "specialty.related");
    expect(primary?.text).toBe(`Primary specialty is Family Practice: +${WEIGHTS.specialtyExactPrimary}`);
    expect(primary!.points).toBeGreaterThan(secondary!.points);
    expect(secondary!.points).toBeGreaterThan(related!.points);
    expect(related!.points).toBeGreaterThan(0);
  });

  it("gives overlap points per full extra week beyond the minimum, capped at the need's maximum", () => {
    const n = need({ minDays: 14, maxDays: 28, window: { start: "2025-01-01", end: "2025-03-01" } });
    const days = (d: number) =>
      reason(
        evaluate(
          volunteer({ availability: [{ start: "2025-01-01", end: `2025-01-${String(1 + d).padStart(2, "0")}`, mode: "in_person", hoursPerWeek: null }] }),
          n,
        ),
        "overlap",
      );
    expect(days(14)!.points).toBe(0);
    expect(days(20)!.points).toBe(0);
    expect(days(21)!.points).toBe(WEIGHTS.overlapPointsPerExtraWeek);
    expect(days(30)!.points).toBe(2 * WEIGHTS.overlapPointsPerExtraWeek); // 30 > max 28: counts 14 extra
    expect(days(30)!.params).toEqual({ days: 30, minDays: 14, extraDays: 14 });
  });

  it("rewards district ties: origin and preferred", () => {
    const e = evaluate(volunteer({ originDistrictCode: "490", preferredDistrictCodes: ["490"] }), need(), names);
    expect(reason(e, "district.origin")?.text).toBe(`Comes from Pune: +${WEIGHTS.originDistrict}`);
    expect(reason(e, "district.preferred")?.text).toBe(`Prefers to serve in Pune: +${WEIGHTS.preferredDistrict}`);
    expect(reason(evaluate(volunteer({ originDistrictCode: "491" }), need()), "district.origin")).toBeUndefined();
  });

  it("caps experience, placements and endorsements, and lets poor feedback subtract", () => {
    const e = evaluate(volunteer({ yearsExperience: 60, completedPlacements: 50, endorsements: 50, averageFeedback: 1 }), need());
    expect(reason(e, "experience")!.points).toBe(WEIGHTS.experiencePointsMax);
    expect(reason(e, "pastService.placements")!.points).toBe(WEIGHTS.pastPlacementMax);
    expect(reason(e, "endorsements")!.points).toBe(WEIGHTS.endorsementMax);
    expect(reason(e, "pastService.feedback")!.points).toBe(-2 * WEIGHTS.feedbackPerPointAboveThree);
    expect(reason(e, "pastService.feedback")!.text).toBe(`Average feedback 1.0 of 5: ${-2 * WEIGHTS.feedbackPerPointAboveThree}`);
  });

  it("lifts volunteers never offered anything (fairness)", () => {
    const fresh = scored(evaluate(volunteer({ everOffered: false }), need()));
    const offered = scored(evaluate(volunteer({ everOffered: true }), need()));
    expect(fresh.score - offered.score).toBe(WEIGHTS.neverOffered);
    expect(reason(fresh, "fairness.neverOffered")?.text).toBe(`Never offered a placement yet: +${WEIGHTS.neverOffered}`);
  });

  it("explains credential level above the minimum and the mode", () => {
    const e = evaluate(volunteer({ verificationLevel: 3 }), need({ minCredentialLevel: 1, type: "teaching" }));
    expect(reason(e, "credential.aboveMinimum")!.points).toBe(2 * WEIGHTS.credentialLevelAboveMinimum);
    expect(reason(e, "mode.inPerson")!.points).toBe(0);
  });

  it("every eligible pair scores positive, so a round can place it", () => {
    const worst = scored(
      evaluate(
        volunteer({ specialties: [{ code: "11", primary: true }], completedPlacements: 1, averageFeedback: 1, verificationLevel: 3 }),
        need({ minDays: 59 }),
      ),
    );
    expect(worst.score).toBeGreaterThan(0);
  });

  it("keeps every weight a non-negative integer", () => {
    for (const [key, w] of Object.entries(WEIGHTS)) expect(Number.isInteger(w) && w >= 0, key).toBe(true);
  });
});

describe("ranking", () => {
  it("orders eligible candidates by score, then id, and leaves out the ineligible", () => {
    const n = need({ preferredLanguages: ["mar"] });
    const vs = [volunteer({ id: "b" }), volunteer({ id: "a" }), volunteer({ id: "c", everOffered: false }), volunteer({ id: "x", consentMatching: false })];
    expect(rankVolunteersForNeed(n, vs).map((r) => r.id)).toEqual(["c", "a", "b"]);
  });

  it("ranks needs for a volunteer", () => {
    const v = volunteer({ originDistrictCode: "490" });
    const ns = [need({ id: "far", districtCode: "491" }), need({ id: "home" }), need({ id: "closed", minDays: 90 })];
    expect(rankNeedsForVolunteer(v, ns).map((r) => r.id)).toEqual(["home", "far"]);
  });
});
