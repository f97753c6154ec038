import { describe, expect, it } from "vitest";
import { buildUnits, overlaps } from "@/lib/data/matching/round-units";

describe("round units (DESIGN rule 2 inside a round)", () => {
  it("merges a volunteer's overlapping windows of any mode into one unit and keeps disjoint ones apart", () => {
    const { units, unitOfWindow } = buildUnits([
      { volunteerId: "v1", windowId: "a", start: "2027-01-01", end: "2027-02-01" },
      { volunteerId: "v1", windowId: "b", start: "2027-01-20", end: "2027-03-01" }, // overlaps a (e.g. remote beside in person)
      { volunteerId: "v1", windowId: "c", start: "2027-03-01", end: "2027-04-01" }, // touches b: [a,b) and [b,c) do not overlap
      { volunteerId: "v2", windowId: "d", start: "2027-01-01", end: "2027-02-01" },
    ]);
    expect(units.map((u) => [u.volunteerId, u.windowIds, u.start, u.end])).toEqual([
      ["v1", ["a", "b"], "2027-01-01", "2027-03-01"],
      ["v1", ["c"], "2027-03-01", "2027-04-01"],
      ["v2", ["d"], "2027-01-01", "2027-02-01"],
    ]);
    expect([...unitOfWindow]).toEqual([
      ["a", 0],
      ["b", 0],
      ["c", 1],
      ["d", 2],
    ]);
  });

  it("chains overlaps: a window overlapping the merged span joins even when it misses the first window", () => {
    const { units } = buildUnits([
      { volunteerId: "v", windowId: "x", start: "2027-01-01", end: "2027-01-10" },
      { volunteerId: "v", windowId: "z", start: "2027-01-25", end: "2027-02-10" },
      { volunteerId: "v", windowId: "y", start: "2027-01-05", end: "2027-01-30" },
    ]);
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({ windowIds: ["x", "y", "z"], start: "2027-01-01", end: "2027-02-10" });
  });

  it("treats ranges as half-open", () => {
    expect(overlaps({ start: "2027-01-01", end: "2027-01-10" }, { start: "2027-01-10", end: "2027-01-20" })).toBe(false);
    expect(overlaps({ start: "2027-01-01", end: "2027-01-11" }, { start: "2027-01-10", end: "2027-01-20" })).toBe(true);
  });
});
