import { describe, expect, it } from "vitest";
import { buildRoundEdges, type RoundEdgesInput } from "@/lib/matching/round-edges";

// Two volunteers: a has windows w1, w2 (units 0, 1); b has w3 (unit 2). Needs n0, n1.
const base: RoundEdgesInput = {
  pairs: [],
  needIndex: new Map([
    ["n0", 0],
    ["n1", 1],
  ]),
  unitOfWindow: new Map([
    ["w1", 0],
    ["w2", 1],
    ["w3", 2],
  ]),
  unitUsable: [true, true, true],
  taken: new Set(),
};

describe("buildRoundEdges", () => {
  it("keeps one edge per (volunteer, need): the best-scoring unit, the earliest unit on ties", () => {
    const { edges } = buildRoundEdges({
      ...base,
      pairs: [
        { needId: "n0", volunteerId: "a", windowId: "w1", score: 500 },
        { needId: "n0", volunteerId: "a", windowId: "w2", score: 700 },
        { needId: "n1", volunteerId: "a", windowId: "w2", score: 300 },
        { needId: "n1", volunteerId: "a", windowId: "w1", score: 300 },
        { needId: "n1", volunteerId: "b", windowId: "w3", score: 100 },
      ],
    });
    expect(edges).toEqual([
      { unit: 0, need: 1, score: 300 },
      { unit: 1, need: 0, score: 700 },
      { unit: 2, need: 1, score: 100 },
    ]);
  });

  it("skips taken pairs (counted once), busy units and non-positive scores, but counts them as eligible", () => {
    const out = buildRoundEdges({
      ...base,
      unitUsable: [true, true, false],
      taken: new Set(["a|n0"]),
      pairs: [
        { needId: "n0", volunteerId: "a", windowId: "w1", score: 500 },
        { needId: "n0", volunteerId: "a", windowId: "w2", score: 600 },
        { needId: "n1", volunteerId: "a", windowId: "w1", score: 0 },
        { needId: "n1", volunteerId: "b", windowId: "w3", score: 900 },
      ],
    });
    expect(out.edges).toEqual([]);
    expect(out.skipped).toBe(1);
    expect([...out.eligiblePerNeed].map(([n, vs]) => [n, [...vs].sort()])).toEqual([
      ["n0", ["a"]],
      ["n1", ["a", "b"]],
    ]);
  });

  it("ignores pairs of needs that are not open and windows outside every unit", () => {
    const { edges } = buildRoundEdges({
      ...base,
      pairs: [
        { needId: "gone", volunteerId: "a", windowId: "w1", score: 500 },
        { needId: "n0", volunteerId: "a", windowId: "unknown", score: 500 },
      ],
    });
    expect(edges).toEqual([]);
  });
});
