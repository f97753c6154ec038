// Independent checker for an assignment (DESIGN rule 5). Shares no code with the solver: it reads
// the problem and a list of chosen edges and recomputes everything from scratch.

import type { AssignmentProblem } from "./types";

export interface CheckResult {
  ok: boolean;
  total: number;
  errors: string[];
}

/**
 * Verifies that `chosenEdges` (indices into the problem's edges) is a feasible assignment —
 * every edge exists, no (unit, need) pair twice, unit capacities and need slots respected — and
 * recomputes its total. When `claimedTotal` is given, a mismatch is an error too.
 */
export function checkAssignment(problem: AssignmentProblem, chosenEdges: ArrayLike<number>, claimedTotal?: number): CheckResult {
  const errors: string[] = [];
  const unitUse = new Map<number, number>();
  const needUse = new Map<number, number>();
  const pairs = new Set<string>();
  const seenEdges = new Set<number>();
  let total = 0;
  for (let i = 0; i < chosenEdges.length; i++) {
    const k = chosenEdges[i];
    if (!Number.isInteger(k) || k < 0 || k >= problem.edgeUnit.length) {
      errors.push(`chosen edge ${k} does not exist`);
      continue;
    }
    if (seenEdges.has(k)) errors.push(`edge ${k} chosen twice`);
    seenEdges.add(k);
    const u = problem.edgeUnit[k];
    const n = problem.edgeNeed[k];
    const pair = `${u}:${n}`;
    if (pairs.has(pair)) errors.push(`unit ${u} takes need ${n} more than once`);
    pairs.add(pair);
    unitUse.set(u, (unitUse.get(u) ?? 0) + 1);
    needUse.set(n, (needUse.get(n) ?? 0) + 1);
    total += problem.edgeScore[k];
  }
  for (const [u, used] of unitUse) {
    if (used > problem.unitCapacity[u]) errors.push(`unit ${u} takes ${used} needs, capacity ${problem.unitCapacity[u]}`);
  }
  for (const [n, used] of needUse) {
    if (used > problem.needSlots[n]) errors.push(`need ${n} gets ${used} units, slots ${problem.needSlots[n]}`);
  }
  if (claimedTotal !== undefined && claimedTotal !== total) errors.push(`claimed total ${claimedTotal}, recomputed ${total}`);
  return { ok: errors.length === 0, total, errors };
}
