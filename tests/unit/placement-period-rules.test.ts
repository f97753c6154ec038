import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  effectiveLevel,
  periodToRange,
  periodViolations,
  rangeToPeriod,
  suggestPeriod,
  type PeriodFacts,
} from "@/lib/data/placements/period-rules";

const facts = (over: Partial<PeriodFacts> = {}): PeriodFacts => ({
  today: "2031-01-01",
  needWindow: { start: "2031-02-01", end: "2031-06-01" },
  minDays: 14,
  maxDays: 60,
  capDays: 365,
  availability: [{ start: "2031-01-15", end: "2031-05-01" }],
  minLevel: 3,
  level: 3,
  validUntil: "2031-12-31",
  ...over,
});

describe("placement period rules (DESIGN rules 1 and 3)", () => {
  it("converts between inclusive days and half-open ranges", () => {
    expect(periodToRange("2031-02-01", "2031-02-28")).toBe("[2031-02-01,2031-03-01)");
    expect(rangeToPeriod("[2031-02-01,2031-03-01)")).toEqual({ firstDay: "2031-02-01", lastDay: "2031-02-28" });
    expect(daysBetween("2031-02-01", "2031-03-01")).toBe(28);
    expect(addDays("2032-02-28", 1)).toBe("2032-02-29");
  });

  it("accepts a period inside window and availability, between min and max", () => {
    expect(periodViolations("2031-02-01", "2031-02-14", facts())).toEqual([]);
    expect(periodViolations("2031-02-01", "2031-04-01", facts())).toEqual([]);
  });

  it("counts the length inclusively: 13 days is too short for a 14-day minimum, 61 too long for 60", () => {
    expect(periodViolations("2031-02-01", "2031-02-13", facts())).toEqual(["tooShort"]);
    expect(periodViolations("2031-02-01", "2031-04-02", facts())).toEqual(["tooLong"]);
  });

  it("the platform cap applies even when the need allows more", () => {
    expect(periodViolations("2031-02-01", "2031-03-02", facts({ capDays: 20 }))).toEqual(["overCap"]);
  });

  it("refuses the window's edges being crossed and days outside availability", () => {
    expect(periodViolations("2031-01-20", "2031-02-20", facts())).toEqual(["outsideWindow"]);
    expect(periodViolations("2031-04-20", "2031-05-20", facts())).toEqual(["outsideAvailability"]);
    expect(periodViolations("2031-02-10", "2031-02-01", facts())).toEqual(["endsBeforeStart"]);
    expect(
      periodViolations(
        "2030-12-01",
        "2031-01-10",
        facts({ needWindow: { start: "2030-11-01", end: "2031-06-01" }, availability: [{ start: "2030-11-01", end: "2031-05-01" }] }),
      ),
    ).toEqual(["startsInPast"]);
  });

  it("the credential must cover the whole period, and an expired level does not count", () => {
    expect(periodViolations("2031-02-01", "2031-03-01", facts({ validUntil: "2031-02-20" }))).toEqual(["credentialExpires"]);
    expect(periodViolations("2031-02-01", "2031-03-01", facts({ validUntil: "2030-12-31" }))).toEqual(["credentialLevel"]);
    expect(periodViolations("2031-02-01", "2031-03-01", facts({ level: 2 }))).toEqual(["credentialLevel"]);
    expect(periodViolations("2031-02-01", "2031-03-01", facts({ minLevel: 0, level: 0, validUntil: "2030-01-01" }))).toEqual([]);
    expect(effectiveLevel(3, "2031-01-01", "2031-01-01")).toBe(3);
    expect(effectiveLevel(3, "2031-01-01", "2031-01-02")).toBe(0);
    expect(effectiveLevel(1, null, "2099-01-01")).toBe(1);
  });

  it("issue 11: the period lies inside the evidence's window, its start included", () => {
    // a temporary registration granted from 15 February: approving from 1 February is refused, named
    expect(periodViolations("2031-02-01", "2031-03-01", facts({ validFrom: "2031-02-15" }))).toEqual(["credentialNotYetValid"]);
    expect(periodViolations("2031-02-15", "2031-03-15", facts({ validFrom: "2031-02-15" }))).toEqual([]);
    expect(periodViolations("2031-02-01", "2031-03-01", facts({ validFrom: "2031-02-15", validUntil: "2031-02-20" }))).toEqual([
      "credentialExpires",
      "credentialNotYetValid",
    ]);
    // needs asking for no level do not look at it
    expect(periodViolations("2031-02-01", "2031-03-01", facts({ minLevel: 0, validFrom: "2031-02-15" }))).toEqual([]);
    expect(suggestPeriod(facts({ validFrom: "2031-02-15" }))).toEqual({ firstDay: "2031-02-15", lastDay: "2031-04-15" });
  });

  it("suggests the earliest, longest period that passes every rule", () => {
    expect(suggestPeriod(facts())).toEqual({ firstDay: "2031-02-01", lastDay: "2031-04-01" });
    // availability ends first: the period stops there
    expect(suggestPeriod(facts({ availability: [{ start: "2031-03-01", end: "2031-03-20" }] }))).toEqual({ firstDay: "2031-03-01", lastDay: "2031-03-19" });
    // the licence lapses: the period ends on its last valid day
    expect(suggestPeriod(facts({ validUntil: "2031-02-20" }))).toEqual({ firstDay: "2031-02-01", lastDay: "2031-02-20" });
    // a too-short first window is skipped for a later one
    expect(
      suggestPeriod(
        facts({
          availability: [
            { start: "2031-02-01", end: "2031-02-05" },
            { start: "2031-04-01", end: "2031-05-01" },
          ],
        }),
      ),
    ).toEqual({ firstDay: "2031-04-01", lastDay: "2031-04-30" });
    expect(suggestPeriod(facts({ availability: [{ start: "2031-07-01", end: "2031-09-01" }] }))).toBeNull();
    expect(suggestPeriod(facts({ validUntil: "2031-02-05" }))).toBeNull();
  });
});
