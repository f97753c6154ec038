// DESIGN rule 5 / issue 5: the round solver returns the exact optimum. Proven here against
// exhaustive search on tiny instances and against HiGHS (an exact LP solver; the assignment LP is
// totally unimodular, so its optimum is the integer optimum) on instances of a few hundred nodes.
import loadHighs from "highs";
import { beforeAll, describe, expect, it } from "vitest";
import { checkAssignment } from "@/lib/matching/solver/check";
import { type ArrivalSide, solveAssignment } from "@/lib/matching/solver/min-cost-flow";
import type { AssignmentProblem } from "@/lib/matching/solver/types";
import { bruteForceBest, randomProblem, toLpText } from "./solver-helpers";

function solveChecked(p: AssignmentProblem, side: ArrivalSide = "auto") {
  const s = solveAssignment(p, side);
  const check = checkAssignment(p, s.chosenEdges, s.total);
  expect(check.errors).toEqual([]);
  return s;
}

/** The solver can grow the problem from either side; both must reach the optimum. */
function sidesFor(p: AssignmentProblem): ArrivalSide[] {
  return Array.from(p.unitCapacity).every((c) => c <= 1) ? ["auto", "slots", "units"] : ["auto", "slots"];
}

describe("solver on hand-made instances", () => {
  it("leaves a slot empty rather than take a negative or zero score", () => {
    const s = solveChecked({ unitCapacity: [1, 1], needSlots: [5], edgeUnit: [0, 1], edgeNeed: [0, 0], edgeScore: [-4, 0] });
    expect(s.total).toBe(0);
    expect([...s.chosenEdges]).toEqual([]);
  });

  it("maximises the total, not the number of filled slots", () => {
    // One star volunteer who fits both needs; the greedy 2-slot answer (a→n1, b→n0) totals 11 < 12.
    const p = { unitCapacity: [1, 1], needSlots: [1, 1], edgeUnit: [0, 0, 1], edgeNeed: [0, 1, 0], edgeScore: [12, 10, 1] };
    expect(solveChecked(p).total).toBe(12);
  });

  it("reroutes: a volunteer moves to free a slot for a better fit", () => {
    // a fits n0 (10) and n1 (9); b fits only n0 (10). Optimum: a→n1, b→n0 = 19.
    const p = { unitCapacity: [1, 1], needSlots: [1, 1], edgeUnit: [0, 0, 1], edgeNeed: [0, 1, 0], edgeScore: [10, 9, 10] };
    const s = solveChecked(p);
    expect(s.total).toBe(19);
    expect([...s.chosenEdges]).toEqual([1, 2]);
  });

  it("never gives a unit with capacity 2 two slots of the same need", () => {
    const p = { unitCapacity: [2], needSlots: [2, 1], edgeUnit: [0, 0], edgeNeed: [0, 1], edgeScore: [100, 1] };
    const s = solveChecked(p);
    expect(s.total).toBe(101);
  });

  it("handles no edges, no units and no needs", () => {
    expect(solveChecked({ unitCapacity: [], needSlots: [], edgeUnit: [], edgeNeed: [], edgeScore: [] }).total).toBe(0);
    expect(solveChecked({ unitCapacity: [1], needSlots: [0], edgeUnit: [0], edgeNeed: [0], edgeScore: [5] }).total).toBe(0);
  });

  it("grows the problem by unit arrivals only when every unit has capacity 1", () => {
    const p = { unitCapacity: [2], needSlots: [1, 1], edgeUnit: [0, 0], edgeNeed: [0, 1], edgeScore: [3, 4] };
    expect(() => solveAssignment(p, "units")).toThrow(/capacities/);
    expect(solveChecked(p, "slots").total).toBe(7);
  });

  it("rejects non-integer scores and out-of-range ids", () => {
    expect(() => solveAssignment({ unitCapacity: [1], needSlots: [1], edgeUnit: [0], edgeNeed: [0], edgeScore: [1.5] })).toThrow(/integer/);
    expect(() => solveAssignment({ unitCapacity: [1], needSlots: [1], edgeUnit: [1], edgeNeed: [0], edgeScore: [1] })).toThrow(/out of range/);
  });
});

describe("solver optimality by exhaustive search", () => {
  it("matches the brute-force optimum on 600 tiny random instances", () => {
    let nonTrivial = 0;
    for (let seed = 1; seed <= 600; seed++) {
      const p = randomProblem(seed, {
        units: 1 + (seed % 5),
        needs: 1 + (seed % 3),
        maxCapacity: seed % 4 === 0 ? 2 : 1,
        maxSlots: 2,
        edgeProbability: 0.7,
        minScore: -3,
        maxScore: seed % 2 ? 6 : 40,
      });
      if (p.edgeUnit.length > 14) continue;
      const best = bruteForceBest(p);
      for (const side of sidesFor(p)) expect(solveChecked(p, side).total, `seed ${seed}, ${side}`).toBe(best);
      if (best > 0) nonTrivial++;
    }
    expect(nonTrivial).toBeGreaterThan(400);
  });
});

describe("solver optimality against the HiGHS LP oracle", () => {
  let highs: Awaited<ReturnType<typeof loadHighs>>;
  beforeAll(async () => {
    highs = await loadHighs();
  });

  function lpOptimum(p: AssignmentProblem): number {
    const r = highs.solve(toLpText(p), { output_flag: false });
    expect(r.Status).toBe("Optimal");
    return Math.round(r.ObjectiveValue);
  }

  // 250 instances in batches, so that no single test nears the timeout on a busy machine.
  it.each([1000, 1050, 1100, 1150, 1200])("matches HiGHS on 50 random instances of a few hundred nodes (seeds from %i)", (from) => {
    for (let seed = from; seed < from + 50; seed++) {
      const units = 120 + (seed % 7) * 30;
      const needs = 20 + (seed % 5) * 10;
      const p = randomProblem(seed, {
        units,
        needs,
        maxCapacity: seed % 3 === 0 ? 3 : 1,
        maxSlots: seed % 2 ? 3 : 12,
        edgeProbability: 4 / needs,
        minScore: seed % 4 === 0 ? -20 : 1,
        // Small score ranges make many ties (and zero-cost cycles); large ones many distinct path lengths.
        maxScore: seed % 5 === 0 ? 3 : 1000,
      });
      const optimum = lpOptimum(p);
      for (const side of sidesFor(p)) expect(solveChecked(p, side).total, `seed ${seed}, ${side}`).toBe(optimum);
    }
  });

  it("matches HiGHS on tight and on loose instances", () => {
    for (const [seed, units, needs, slots] of [
      [7, 300, 40, 10], // more slots than units
      [8, 600, 30, 5], // many more units than slots
      [9, 400, 100, 4],
    ] as const) {
      const p = randomProblem(seed, { units, needs, maxCapacity: 1, maxSlots: slots, edgeProbability: 8 / needs, minScore: 1, maxScore: 200 });
      const optimum = lpOptimum(p);
      for (const side of sidesFor(p)) expect(solveChecked(p, side).total, `seed ${seed}, ${side}`).toBe(optimum);
    }
  });
});

describe("slot and unit arrivals agree on larger instances", () => {
  // Two different orders of growing the problem; both exact, so the totals must be equal. Shapes
  // that HiGHS is too slow for in a unit test: thousands of units, tight and loose, many ties.
  it.each([
    [1, 3000, 150, 20, 1000],
    [2, 1500, 150, 20, 1000],
    [3, 2500, 100, 25, 4],
    [4, 2000, 400, 5, 50],
  ])("seed %i: %i units, %i needs × %i slots, scores up to %i", (seed, units, needs, slots, maxScore) => {
    const p = randomProblem(seed, { units, needs, maxCapacity: 1, maxSlots: slots, edgeProbability: 8 / needs, minScore: -5, maxScore });
    const bySlots = solveChecked(p, "slots");
    const byUnits = solveChecked(p, "units");
    expect(bySlots.total).toBe(byUnits.total);
    expect(bySlots.total).toBeGreaterThan(0);
  });
});

describe("checker", () => {
  const p: AssignmentProblem = { unitCapacity: [1, 2], needSlots: [1, 2], edgeUnit: [0, 0, 1, 1], edgeNeed: [0, 1, 0, 1], edgeScore: [5, 4, 3, 2] };

  it("accepts a feasible assignment and recomputes its total", () => {
    expect(checkAssignment(p, [0, 3], 7)).toEqual({ ok: true, total: 7, errors: [] });
  });

  it("catches an over-used unit, an over-filled need, a repeated edge, a missing edge and a wrong total", () => {
    expect(checkAssignment(p, [0, 1]).errors).toEqual(["unit 0 takes 2 needs, capacity 1"]);
    expect(checkAssignment(p, [0, 2]).errors).toEqual(["need 0 gets 2 units, slots 1"]);
    expect(checkAssignment(p, [3, 3]).errors).toContain("edge 3 chosen twice");
    expect(checkAssignment(p, [3, 3]).errors).toContain("unit 1 takes need 1 more than once");
    expect(checkAssignment(p, [9]).errors).toEqual(["chosen edge 9 does not exist"]);
    expect(checkAssignment(p, [0, 3], 8).errors).toEqual(["claimed total 8, recomputed 7"]);
  });

  it("catches corrupted solver output", () => {
    const big = randomProblem(42, { units: 200, needs: 30, maxCapacity: 1, maxSlots: 4, edgeProbability: 0.15, minScore: 1, maxScore: 100 });
    const s = solveAssignment(big);
    expect(checkAssignment(big, s.chosenEdges, s.total).ok).toBe(true);
    // Add an edge whose unit is already used: capacity 1 breaks.
    const used = new Set([...s.chosenEdges].map((k) => big.edgeUnit[k]));
    const extra = [...Array(big.edgeUnit.length).keys()].find((k) => used.has(big.edgeUnit[k]) && !s.chosenEdges.includes(k))!;
    expect(checkAssignment(big, [...s.chosenEdges, extra]).ok).toBe(false);
    expect(checkAssignment(big, s.chosenEdges, s.total + 1).ok).toBe(false);
  });
});
