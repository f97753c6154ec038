// Issue 11 part 2 (ADR 009), pure half: ≥ 1,000 random histories through the transition rules the
// data layer uses (evidenceChanged, levelRefusal, effectiveLevel, and end-level.ts's "end on any
// change to the evidence"), compared with a reference model computed from the evidence alone.
// The database half (tests/integration/level-evidence.property.test.ts) runs fewer, real histories.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { effectiveLevel } from "@/lib/data/placements/period-rules";
import { addDays } from "@/lib/validation/calendar-dates";
import { evidenceChanged, levelRefusal, type LicenceEvidence, type LicenceStatus } from "@/lib/verification/evidence";
import { ReferenceModel, stepArbitrary, type Step } from "../fixtures/level-model";

const START = "2026-01-01";
const VALID_TOS = [null, "2025-12-31", "2026-03-31", "2026-09-30", "2027-12-31", "2030-12-31"];

type ImplLicence = LicenceEvidence & { status: LicenceStatus };

/** The stored copy as the data layer maintains it (set-verification-level.ts, licences.ts, end-level.ts). */
class Implementation {
  licences = new Map<number, ImplLicence>();
  added = 0;
  profile = { level: 0, validUntil: null as string | null, evidence: null as number | null };

  private endLevelRestingOn(i: number) {
    if (this.profile.evidence === i && this.profile.level >= 2) this.profile = { level: 0, validUntil: null, evidence: null };
  }
  apply(step: Step, today: string) {
    switch (step.kind) {
      case "add":
        this.licences.set(this.added++, { ...step.fields, region: null, documentId: null, status: "unverified" });
        return;
      case "edit": {
        const cur = this.licences.get(step.licence);
        if (!cur) return;
        const next = { ...cur, ...step.fields };
        if (evidenceChanged(cur, next)) {
          this.endLevelRestingOn(step.licence);
          next.status = "unverified";
        }
        this.licences.set(step.licence, next);
        return;
      }
      case "reject": {
        const cur = this.licences.get(step.licence);
        if (!cur) return;
        this.endLevelRestingOn(step.licence);
        cur.status = "rejected";
        return;
      }
      case "delete":
        if (!this.licences.has(step.licence)) return;
        this.endLevelRestingOn(step.licence);
        this.licences.delete(step.licence);
        return;
      case "decide": {
        const id = step.level >= 2 ? step.licence : null;
        if (step.level >= 2 && (id === null || !this.licences.has(id))) return; // invalid_input
        const licence = id === null ? null : this.licences.get(id)!;
        if (levelRefusal(step.level, licence, today)) return;
        if (licence) licence.status = "verified";
        this.profile = { level: step.level, validUntil: licence ? licence.validTo : null, evidence: id };
        return;
      }
      case "advance":
        return;
    }
  }
  level(today: string) {
    return effectiveLevel(this.profile.level, this.profile.validUntil, today);
  }
}

function applyReference(ref: ReferenceModel, step: Step, today: string) {
  switch (step.kind) {
    case "add":
      return ref.add(step.fields);
    case "edit":
      return ref.edit(step.licence, step.fields);
    case "reject":
      return ref.reject(step.licence);
    case "delete":
      return ref.remove(step.licence);
    case "decide":
      return ref.decide(step.level, step.licence, today);
    case "advance":
      return;
  }
}

describe("a verification level never outlives its evidence (pure transition rules)", () => {
  it("1,500 random histories: the effective level never exceeds the reference model's, and matches it", () => {
    let levelsAboveZero = 0;
    let evidenceTouched = 0; // steps that edit, reject or delete the licence a standing level 2–3 rests on
    fc.assert(
      fc.property(fc.array(stepArbitrary(VALID_TOS, true), { minLength: 5, maxLength: 40, size: "max" }), (steps) => {
        const impl = new Implementation();
        const ref = new ReferenceModel();
        let today = START;
        for (const step of steps) {
          if (step.kind === "advance") today = addDays(today, step.days);
          if ((step.kind === "edit" || step.kind === "reject" || step.kind === "delete") && impl.profile.level >= 2 && impl.profile.evidence === step.licence)
            evidenceTouched++;
          impl.apply(step, today);
          applyReference(ref, step, today);
          const got = impl.level(today);
          const want = ref.level(today);
          if (got > 0) levelsAboveZero++;
          // the property asked for: never above what the evidence supports …
          expect(got).toBeLessThanOrEqual(want);
          // … and, with these rules, never below it either (a level is not lost without cause)
          expect(got).toBe(want);
        }
      }),
      { numRuns: 1500 },
    );
    // the generator reaches the interesting states (levels that stand, then end)
    expect(levelsAboveZero).toBeGreaterThan(1000);
    expect(evidenceTouched).toBeGreaterThan(300);
  });
});
