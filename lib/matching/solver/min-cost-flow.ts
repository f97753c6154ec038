// Exact max-weight assignment as min-cost flow: source → unit → need → sink, edge cost -score.
// See docs/decisions/003-matching-solver.md for why this algorithm and the measured figures.
//
// Algorithm: primal-dual successive shortest paths with Johnson potentials.
//  * Units are never Dijkstra nodes. A shortest path alternates need → (a unit assigned to it) →
//    another need, or starts source → (a free unit) → need, so the search runs over needs only
//    (thousands) instead of units (hundreds of thousands): this is "augmenting from the need side".
//    A unit's potential cancels out of any path through it, so need potentials suffice.
//  * "source → need" costs -(best score among the need's still-free units). Each need keeps its
//    incident edges sorted by score, descending, and a pointer that skips units that became full;
//    units never become free again (flow on source → unit only grows), so the pointer is amortised.
//  * Each Dijkstra (binary heap, early exit at the sink) is followed by a depth-first blocking
//    flow over zero-reduced-cost arcs, so one Dijkstra serves every augmenting path of the same
//    length. Path lengths only grow, so we stop at the first non-negative one: maximising the
//    total, not the number of filled slots.
// All state lives in typed arrays; there are no per-edge objects.

import type { AssignmentProblem, AssignmentSolution } from "./types";
import { MAX_ABS_SCORE } from "./types";

export function solveAssignment(problem: AssignmentProblem): AssignmentSolution {
  const U = problem.unitCapacity.length;
  const N = problem.needSlots.length;
  const rawE = problem.edgeUnit.length;
  if (problem.edgeNeed.length !== rawE || problem.edgeScore.length !== rawE) {
    throw new Error("edge arrays differ in length");
  }

  // --- keep positive edges only: a non-positive score never raises the total -------------------
  let E = 0;
  let minW = Infinity;
  let maxW = -Infinity;
  const unitDeg = new Int32Array(U + 1);
  for (let k = 0; k < rawE; k++) {
    const w = problem.edgeScore[k];
    const u = problem.edgeUnit[k];
    const n = problem.edgeNeed[k];
    if (!Number.isInteger(w) || Math.abs(w) > MAX_ABS_SCORE) throw new Error(`edge ${k}: score must be an integer within ±${MAX_ABS_SCORE}`);
    if (!(u >= 0 && u < U && n >= 0 && n < N)) throw new Error(`edge ${k}: unit or need out of range`);
    if (w <= 0 || problem.unitCapacity[u] <= 0 || problem.needSlots[n] <= 0) continue;
    unitDeg[u]++;
    E++;
    if (w < minW) minW = w;
    if (w > maxW) maxW = w;
  }

  // --- unit-major CSR: position p in [unitStart[u], unitStart[u+1]) ----------------------------
  const unitStart = new Int32Array(U + 1);
  for (let u = 0; u < U; u++) unitStart[u + 1] = unitStart[u] + unitDeg[u];
  const fill = unitStart.slice(0, U);
  const posUnit = new Int32Array(E);
  const posNeed = new Int32Array(E);
  const posW = new Float64Array(E);
  const posOrig = new Int32Array(E);
  for (let k = 0; k < rawE; k++) {
    const w = problem.edgeScore[k];
    const u = problem.edgeUnit[k];
    const n = problem.edgeNeed[k];
    if (w <= 0 || problem.unitCapacity[u] <= 0 || problem.needSlots[n] <= 0) continue;
    const p = fill[u]++;
    posUnit[p] = u;
    posNeed[p] = n;
    posW[p] = w;
    posOrig[p] = k;
  }

  // --- need-major index of positions, sorted by score descending (ties: lower position) --------
  const byScore = sortPositionsByScoreDesc(posW, E, minW, maxW);
  const needStart = new Int32Array(N + 1);
  for (let p = 0; p < E; p++) needStart[posNeed[p] + 1]++;
  for (let n = 0; n < N; n++) needStart[n + 1] += needStart[n];
  const needFill = needStart.slice(0, N);
  const needPos = new Int32Array(E);
  for (let i = 0; i < E; i++) {
    const p = byScore[i];
    needPos[needFill[posNeed[p]]++] = p;
  }

  // --- flow state ------------------------------------------------------------------------------
  const unitFree = new Int32Array(U);
  for (let u = 0; u < U; u++) unitFree[u] = problem.unitCapacity[u];
  const needFree = new Int32Array(N);
  // Each need's assigned positions live in a slice of `assigned` sized min(slots, in-degree).
  const assignedStart = new Int32Array(N + 1);
  for (let n = 0; n < N; n++) {
    needFree[n] = problem.needSlots[n];
    assignedStart[n + 1] = assignedStart[n] + Math.min(needFree[n], needStart[n + 1] - needStart[n]);
  }
  const assigned = new Int32Array(assignedStart[N]);
  const assignedCount = new Int32Array(N);
  const slotOf = new Int32Array(E); // position → index within its need's assigned slice
  const flow = new Uint8Array(E);
  const bestPtr = needStart.slice(0, N);

  // --- potentials: needs 0..N-1, sink T = N; the source's potential stays 0 --------------------
  const T = N;
  const pot = new Float64Array(N + 1);
  let potT = 0;
  for (let n = 0; n < N; n++) {
    if (needStart[n + 1] > needStart[n]) {
      pot[n] = -posW[needPos[needStart[n]]]; // shortest source → unit → need distance
      if (needFree[n] > 0 && pot[n] < potT) potT = pot[n];
    }
  }
  pot[T] = potT;

  /** Best still-usable position source → free unit → n, or -1. */
  function bestFree(n: number): number {
    const end = needStart[n + 1];
    let i = bestPtr[n];
    while (i < end && unitFree[posUnit[needPos[i]]] === 0) i++;
    bestPtr[n] = i; // full units stay full: skipping them is permanent
    // A unit with capacity > 1 may be free yet already on n: skip without moving the pointer.
    while (i < end && (flow[needPos[i]] === 1 || unitFree[posUnit[needPos[i]]] === 0)) i++;
    return i < end ? needPos[i] : -1;
  }

  function assign(p: number): void {
    const n = posNeed[p];
    const slot = assignedStart[n] + assignedCount[n]++;
    assigned[slot] = p;
    slotOf[p] = slot;
    flow[p] = 1;
  }
  function unassign(p: number): void {
    const n = posNeed[p];
    const last = assignedStart[n] + --assignedCount[n];
    const slot = slotOf[p];
    const moved = assigned[last];
    assigned[slot] = moved;
    slotOf[moved] = slot;
    flow[p] = 0;
  }

  // --- Dijkstra over needs + sink ------------------------------------------------------------------
  const dist = new Float64Array(N + 1);
  const heap = new Int32Array(N + 1);
  const heapIdx = new Int32Array(N + 1).fill(-1);
  const settled = new Uint8Array(N + 1);
  let heapSize = 0;

  function siftUp(i: number): void {
    const v = heap[i];
    const dv = dist[v];
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pv = heap[parent];
      if (dist[pv] <= dv) break;
      heap[i] = pv;
      heapIdx[pv] = i;
      i = parent;
    }
    heap[i] = v;
    heapIdx[v] = i;
  }
  function siftDown(i: number): void {
    const v = heap[i];
    const dv = dist[v];
    for (;;) {
      let c = 2 * i + 1;
      if (c >= heapSize) break;
      if (c + 1 < heapSize && dist[heap[c + 1]] < dist[heap[c]]) c++;
      if (dist[heap[c]] >= dv) break;
      heap[i] = heap[c];
      heapIdx[heap[i]] = i;
      i = c;
    }
    heap[i] = v;
    heapIdx[v] = i;
  }
  function relax(v: number, d: number): void {
    if (settled[v] || d >= dist[v]) return;
    dist[v] = d;
    if (heapIdx[v] < 0) {
      heap[heapSize] = v;
      heapIdx[v] = heapSize++;
    }
    siftUp(heapIdx[v]);
  }

  /** Reduced distances from the source; returns dist[T] (Infinity when the sink is unreachable). */
  function dijkstra(): number {
    heapSize = 0;
    settled.fill(0);
    heapIdx.fill(-1);
    dist[T] = Infinity;
    for (let n = 0; n < N; n++) {
      const p = bestFree(n);
      if (p < 0) {
        dist[n] = Infinity;
        continue;
      }
      dist[n] = -posW[p] - pot[n]; // reduced cost of source → unit → n (source potential 0)
      heap[heapSize] = n;
      heapIdx[n] = heapSize++;
    }
    for (let i = (heapSize >> 1) - 1; i >= 0; i--) siftDown(i);
    while (heapSize > 0) {
      const v = heap[0];
      heapIdx[v] = -1;
      if (--heapSize > 0) {
        heap[0] = heap[heapSize];
        heapIdx[heap[0]] = 0;
        siftDown(0);
      }
      settled[v] = 1;
      if (v === T) return dist[T];
      const dv = dist[v];
      if (needFree[v] > 0) relax(T, dv + pot[v] - pot[T]);
      const a0 = assignedStart[v];
      const a1 = a0 + assignedCount[v];
      for (let a = a0; a < a1; a++) {
        const back = assigned[a];
        const u = posUnit[back];
        const base = dv + posW[back] + pot[v]; // need v → unit u (undo u's assignment to v)
        for (let q = unitStart[u], qe = unitStart[u + 1]; q < qe; q++) {
          if (flow[q] === 1) continue;
          const n2 = posNeed[q];
          if (settled[n2]) continue;
          relax(n2, base - posW[q] - pot[n2]);
        }
      }
    }
    return Infinity;
  }

  // --- blocking flow on zero-reduced-cost arcs -------------------------------------------------------
  const dead = new Uint8Array(N);
  const onPath = new Uint8Array(N);
  const stackNeed = new Int32Array(N);
  const stackA = new Int32Array(N); // index into the need's assigned slice
  const stackQ = new Int32Array(N); // position within that unit's adjacency
  const viaBack = new Int32Array(N); // position undone to leave stackNeed[i-1] ...
  const viaFwd = new Int32Array(N); // ... and position taken to enter stackNeed[i]

  /** Finds one admissible path starting source → fwd0 → posNeed[fwd0] and applies it. */
  function augmentFrom(fwd0: number): boolean {
    let depth = 0;
    const n0 = posNeed[fwd0];
    stackNeed[0] = n0;
    stackA[0] = 0;
    stackQ[0] = -1;
    viaFwd[0] = fwd0;
    viaBack[0] = -1;
    onPath[n0] = 1;
    while (depth >= 0) {
      const v = stackNeed[depth];
      if (needFree[v] > 0 && pot[v] === pot[T]) {
        applyPath(depth);
        for (let i = 0; i <= depth; i++) onPath[stackNeed[i]] = 0;
        return true;
      }
      let advanced = false;
      const a0 = assignedStart[v];
      const cnt = assignedCount[v];
      while (stackA[depth] < cnt && !advanced) {
        const back = assigned[a0 + stackA[depth]];
        const u = posUnit[back];
        const base = posW[back] + pot[v];
        let q = stackQ[depth] < 0 ? unitStart[u] : stackQ[depth] + 1;
        const qe = unitStart[u + 1];
        for (; q < qe; q++) {
          if (flow[q] === 1) continue;
          const n2 = posNeed[q];
          if (dead[n2] || onPath[n2]) continue;
          if (base - posW[q] - pot[n2] !== 0) continue;
          stackQ[depth] = q;
          depth++;
          stackNeed[depth] = n2;
          stackA[depth] = 0;
          stackQ[depth] = -1;
          viaBack[depth] = back;
          viaFwd[depth] = q;
          onPath[n2] = 1;
          advanced = true;
          break;
        }
        if (!advanced) {
          stackA[depth]++;
          stackQ[depth] = -1;
        }
      }
      if (!advanced) {
        dead[v] = 1;
        onPath[v] = 0;
        depth--;
      }
    }
    return false;
  }

  function applyPath(depth: number): void {
    // Undo first so that a full need's assigned slice never overflows.
    for (let i = 1; i <= depth; i++) unassign(viaBack[i]);
    for (let i = 0; i <= depth; i++) assign(viaFwd[i]);
    unitFree[posUnit[viaFwd[0]]]--;
    needFree[stackNeed[depth]]--;
  }

  let phases = 0;
  let augmentations = 0;
  for (;;) {
    const dT = dijkstra();
    if (dT === Infinity) break;
    phases++;
    for (let n = 0; n < N; n++) pot[n] += settled[n] ? dist[n] : dT;
    pot[T] += dT;
    // The real cost of every admissible path is pot[T] - pot[source] = pot[T]; a non-negative one
    // would not raise the total, and later paths are never cheaper.
    if (pot[T] >= 0) break;
    dead.fill(0);
    for (let n = 0; n < N; n++) {
      while (!dead[n]) {
        const p = bestFree(n);
        if (p < 0 || -posW[p] - pot[n] !== 0) break;
        if (!augmentFrom(p)) break;
        augmentations++;
      }
    }
  }

  // --- result ------------------------------------------------------------------------------------------
  let total = 0;
  let chosen = 0;
  for (let p = 0; p < E; p++) if (flow[p]) chosen++;
  const chosenEdges = new Int32Array(chosen);
  chosen = 0;
  for (let p = 0; p < E; p++) {
    if (flow[p]) {
      chosenEdges[chosen++] = posOrig[p];
      total += posW[p];
    }
  }
  chosenEdges.sort();
  return { total, chosenEdges, stats: { phases, augmentations, edges: E } };
}

/** Positions ordered by score descending, ties by position; counting sort when the range is small. */
function sortPositionsByScoreDesc(posW: Float64Array, E: number, minW: number, maxW: number): Int32Array {
  const out = new Int32Array(E);
  if (E === 0) return out;
  const range = maxW - minW + 1;
  if (range <= 1 << 22) {
    const count = new Int32Array(range + 1);
    for (let p = 0; p < E; p++) count[maxW - posW[p] + 1]++;
    for (let i = 0; i < range; i++) count[i + 1] += count[i];
    for (let p = 0; p < E; p++) out[count[maxW - posW[p]]++] = p;
    return out;
  }
  const idx = Array.from({ length: E }, (_, p) => p);
  idx.sort((a, b) => posW[b] - posW[a] || a - b);
  out.set(idx);
  return out;
}
