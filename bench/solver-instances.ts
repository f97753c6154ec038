// Deterministic round instances for the solver benchmarks (issue 5). Popularity over needs is
// Zipf-like (a few needs are wanted by many volunteers, most by few), as in real programmes where
// a city specialist camp draws far more interest than a remote primary-care post.

import { mulberry32 } from "@/lib/matching/random";
import type { AssignmentProblem } from "@/lib/matching/solver/types";

export interface InstanceSpec {
  seed: number;
  units: number;
  needs: number;
  slotsPerNeed: number;
  edgesPerUnit: number;
  /** Zipf exponent over needs (0 = uniform). */
  zipf: number;
  maxScore: number;
}

export function generateInstance(spec: InstanceSpec): AssignmentProblem {
  const rand = mulberry32(spec.seed);
  const cdf = new Float64Array(spec.needs);
  let acc = 0;
  for (let i = 0; i < spec.needs; i++) {
    acc += 1 / Math.pow(i + 1, spec.zipf);
    cdf[i] = acc;
  }
  for (let i = 0; i < spec.needs; i++) cdf[i] /= acc;
  // Needs' popularity rank is shuffled so that need index says nothing about popularity.
  const rankToNeed = Int32Array.from({ length: spec.needs }, (_, i) => i);
  for (let i = spec.needs - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = rankToNeed[i];
    rankToNeed[i] = rankToNeed[j];
    rankToNeed[j] = t;
  }
  const pick = (): number => {
    const r = rand();
    let lo = 0;
    let hi = spec.needs - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return rankToNeed[lo];
  };
  const cap = spec.units * spec.edgesPerUnit;
  const edgeUnit = new Int32Array(cap);
  const edgeNeed = new Int32Array(cap);
  const edgeScore = new Int32Array(cap);
  const mark = new Int32Array(spec.needs).fill(-1);
  let e = 0;
  for (let u = 0; u < spec.units; u++) {
    // Each unit has its own quality offset so that scores are correlated, as real scores are.
    const quality = rand() * 0.5;
    for (let k = 0; k < spec.edgesPerUnit; k++) {
      const n = pick();
      if (mark[n] === u) continue; // at most one edge per pair
      mark[n] = u;
      edgeUnit[e] = u;
      edgeNeed[e] = n;
      edgeScore[e] = 1 + Math.floor((quality + rand() * 0.5) * (spec.maxScore - 1));
      e++;
    }
  }
  return {
    unitCapacity: new Int32Array(spec.units).fill(1),
    needSlots: new Int32Array(spec.needs).fill(spec.slotsPerNeed),
    edgeUnit: edgeUnit.subarray(0, e),
    edgeNeed: edgeNeed.subarray(0, e),
    edgeScore: edgeScore.subarray(0, e),
  };
}

/** Issue 5's figures: 100,000 volunteers × 2,000 needs × 20 slots, ~1,000,000 eligible pairs (910,609 after de-duplication). */
export const ROUND_100K: InstanceSpec = { seed: 20240501, units: 100_000, needs: 2_000, slotsPerNeed: 20, edgesPerUnit: 10, zipf: 1, maxScore: 1000 };
/** Tight: 30,000 volunteers for 40,000 slots. */
export const ROUND_TIGHT: InstanceSpec = { seed: 20240502, units: 30_000, needs: 2_000, slotsPerNeed: 20, edgesPerUnit: 10, zipf: 1, maxScore: 1000 };
/** One state's programme: a few thousand volunteers. */
export const ROUND_STATE: InstanceSpec = { seed: 20240503, units: 5_000, needs: 300, slotsPerNeed: 5, edgesPerUnit: 8, zipf: 1, maxScore: 1000 };

export const INSTANCES: Record<string, InstanceSpec> = {
  "round-100k": ROUND_100K,
  "round-tight-30k": ROUND_TIGHT,
  "round-state-5k": ROUND_STATE,
};
