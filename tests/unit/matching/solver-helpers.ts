// Random instances and independent oracles for the solver tests.
import { mulberry32, randomInt } from "@/lib/matching/random";
import type { AssignmentProblem } from "@/lib/matching/solver/types";

export interface RandomSpec {
  units: number;
  needs: number;
  maxCapacity: number;
  maxSlots: number;
  edgeProbability: number;
  minScore: number;
  maxScore: number;
}

export function randomProblem(seed: number, spec: RandomSpec): AssignmentProblem {
  const rand = mulberry32(seed);
  const unitCapacity = Array.from({ length: spec.units }, () => randomInt(rand, 0, spec.maxCapacity));
  // Ensure most units have capacity, so that the instance is not trivial.
  for (let u = 0; u < spec.units; u++) if (rand() < 0.8) unitCapacity[u] = Math.max(1, unitCapacity[u]);
  const needSlots = Array.from({ length: spec.needs }, () => randomInt(rand, 0, spec.maxSlots));
  const edgeUnit: number[] = [];
  const edgeNeed: number[] = [];
  const edgeScore: number[] = [];
  // Popularity skew: low-numbered needs are picked more often.
  for (let u = 0; u < spec.units; u++) {
    for (let n = 0; n < spec.needs; n++) {
      const p = (spec.edgeProbability * (2 * (spec.needs - n))) / (spec.needs + 1);
      if (rand() < p) {
        edgeUnit.push(u);
        edgeNeed.push(n);
        edgeScore.push(randomInt(rand, spec.minScore, spec.maxScore));
      }
    }
  }
  // Shuffle the edge order: the solver must not depend on it.
  for (let i = edgeUnit.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    for (const a of [edgeUnit, edgeNeed, edgeScore]) [a[i], a[j]] = [a[j], a[i]];
  }
  return { unitCapacity, needSlots, edgeUnit, edgeNeed, edgeScore };
}

/** Best total by trying every subset of edges (only for a handful of edges). */
export function bruteForceBest(p: AssignmentProblem): number {
  const E = p.edgeUnit.length;
  if (E > 16) throw new Error("too many edges for exhaustive search");
  let best = 0;
  const unitUse = new Array<number>(p.unitCapacity.length);
  const needUse = new Array<number>(p.needSlots.length);
  for (let mask = 0; mask < 1 << E; mask++) {
    unitUse.fill(0);
    needUse.fill(0);
    let total = 0;
    let ok = true;
    for (let k = 0; k < E && ok; k++) {
      if (!(mask & (1 << k))) continue;
      const u = p.edgeUnit[k];
      const n = p.edgeNeed[k];
      if (++unitUse[u] > p.unitCapacity[u] || ++needUse[n] > p.needSlots[n]) ok = false;
      total += p.edgeScore[k];
    }
    if (ok && total > best) best = total;
  }
  return best;
}

/** The LP relaxation in CPLEX LP format; its optimum is integral (the constraint matrix is TU). */
export function toLpText(p: AssignmentProblem): string {
  const lines = ["Maximize", " obj:"];
  for (let k = 0; k < p.edgeUnit.length; k++) lines.push(` ${p.edgeScore[k] >= 0 ? "+" : "-"} ${Math.abs(p.edgeScore[k])} x${k}`);
  if (p.edgeUnit.length === 0) lines.push(" 0 x_dummy");
  lines.push("Subject To");
  const byUnit = new Map<number, number[]>();
  const byNeed = new Map<number, number[]>();
  for (let k = 0; k < p.edgeUnit.length; k++) {
    byUnit.set(p.edgeUnit[k], [...(byUnit.get(p.edgeUnit[k]) ?? []), k]);
    byNeed.set(p.edgeNeed[k], [...(byNeed.get(p.edgeNeed[k]) ?? []), k]);
  }
  for (const [u, ks] of byUnit) {
    lines.push(` u${u}:`);
    for (const k of ks) lines.push(` + x${k}`);
    lines.push(` <= ${p.unitCapacity[u]}`);
  }
  for (const [n, ks] of byNeed) {
    lines.push(` n${n}:`);
    for (const k of ks) lines.push(` + x${k}`);
    lines.push(` <= ${p.needSlots[n]}`);
  }
  lines.push("Bounds");
  for (let k = 0; k < p.edgeUnit.length; k++) lines.push(` 0 <= x${k} <= 1`);
  lines.push("End");
  return lines.join("\n");
}
