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
  const unitCap = new Int32Array(U);
  const unitFree = new Int32Array(U);
  for (let u = 0; u < U; u++) unitCap[u] = unitFree[u] = problem.unitCapacity[u];
  /** For a capacity-1 unit, the position it is assigned through, else -1. */
  const unitOn = new Int32Array(U).fill(-1);
  const needFree = new Int32Array(N);
  for (let n = 0; n < N; n++) needFree[n] = problem.needSlots[n];
  const flow = new Uint8Array(E);
  const bestPtr = needStart.slice(0, N);
  // Per need, the incident positions whose unit is already in use somewhere (a "touched" unit).
  // Only those can carry a need → unit → need arc; free units are covered by bestFree(). A unit
  // never becomes untouched again (flow on source → unit only grows), so the lists only grow.
  const touched = new Int32Array(E);
  const touchedCount = new Int32Array(N);

  // --- potentials: needs 0..N-1 and the source S; the sink's potential is 0 --------------------
  const pot = new Float64Array(N);
  let potS = 0;
  {
    let minNeed = 0;
    for (let n = 0; n < N; n++) {
      if (needStart[n + 1] > needStart[n]) {
        pot[n] = -posW[needPos[needStart[n]]]; // shortest source → unit → need distance
        if (needFree[n] > 0 && pot[n] < minNeed) minNeed = pot[n];
      }
    }
    // Shift so that the sink sits at 0 (potentials are defined up to a constant).
    for (let n = 0; n < N; n++) pot[n] -= minNeed;
    potS = -minNeed;
  }

  /** Best position source → free unit → n not yet used by that unit, or -1. */
  function bestFree(n: number): number {
    const end = needStart[n + 1];
    let i = bestPtr[n];
    while (i < end && unitFree[posUnit[needPos[i]]] === 0) i++;
    bestPtr[n] = i; // full units stay full: skipping them is permanent
    // A unit with capacity > 1 may be free yet already on n: skip without moving the pointer.
    while (i < end && (flow[needPos[i]] === 1 || unitFree[posUnit[needPos[i]]] === 0)) i++;
    return i < end ? needPos[i] : -1;
  }

  function touch(u: number): void {
    for (let q = unitStart[u], qe = unitStart[u + 1]; q < qe; q++) {
      const n = posNeed[q];
      touched[needStart[n] + touchedCount[n]++] = q;
    }
  }

  // --- Dijkstra backwards from the sink over needs + source ----------------------------------------
  // dist[v] = reduced length of the shortest path v → sink; index N is the source.
  const S = N;
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
    if (d >= dist[v] || settled[v]) return;
    dist[v] = d;
    if (heapIdx[v] < 0) {
      heap[heapSize] = v;
      heapIdx[v] = heapSize++;
    }
    siftUp(heapIdx[v]);
  }

  /** Returns dist[S] (Infinity when no augmenting path exists). */
  function dijkstra(): number {
    heapSize = 0;
    settled.fill(0);
    heapIdx.fill(-1);
    dist.fill(Infinity);
    for (let n = 0; n < N; n++) {
      if (needFree[n] === 0) continue;
      dist[n] = pot[n]; // reduced cost of n → sink
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
      if (v === S) return dist[S];
      const dv = dist[v];
      const pv = pot[v];
      const f = bestFree(v);
      if (f >= 0) relax(S, dv - posW[f] + potS - pv); // source → free unit → v
      const t0 = needStart[v];
      const t1 = t0 + touchedCount[v];
      for (let t = t0; t < t1; t++) {
        const q = touched[t];
        if (flow[q] === 1) continue;
        const u = posUnit[q];
        const base = dv - posW[q] - pv;
        if (unitCap[u] === 1) {
          const back = unitOn[u];
          const v2 = posNeed[back];
          if (!settled[v2]) relax(v2, base + posW[back] + pot[v2]); // v2 → u (undo) → v
        } else {
          for (let b = unitStart[u], be = unitStart[u + 1]; b < be; b++) {
            if (flow[b] === 0) continue;
            const v2 = posNeed[b];
            if (!settled[v2]) relax(v2, base + posW[b] + pot[v2]);
          }
        }
      }
    }
    return Infinity;
  }

  // --- blocking flow on zero-reduced-cost arcs, backwards from needs with a free slot ------------
  // Dead ends and current arcs are only a speed-up: a path missed here is found by the next
  // Dijkstra, which alone decides when to stop.
  const dead = new Uint8Array(N);
  const onPath = new Uint8Array(N);
  const cur = new Int32Array(N);
  const stackNeed = new Int32Array(N);
  const viaFwd = new Int32Array(N); // position taken to enter stackNeed[i] (from stackNeed[i+1])
  const viaBack = new Int32Array(N); // position undone to leave stackNeed[i+1]
  let firstFwd = -1;

  /** Looks for an admissible path source → … → n0 → sink and applies it. */
  function augmentTo(n0: number): boolean {
    let depth = 0;
    stackNeed[0] = n0;
    onPath[n0] = 1;
    while (depth >= 0) {
      const v = stackNeed[depth];
      const pv = pot[v];
      const f = bestFree(v);
      if (f >= 0 && potS - posW[f] - pv === 0) {
        firstFwd = f;
        applyPath(depth);
        for (let i = 0; i <= depth; i++) onPath[stackNeed[i]] = 0;
        return true;
      }
      const t1 = needStart[v] + touchedCount[v];
      let next = -1;
      let back = -1;
      for (let t = cur[v]; t < t1; t++) {
        const q = touched[t];
        if (flow[q] === 0) {
          const u = posUnit[q];
          const base = posW[q] + pv;
          if (unitCap[u] === 1) {
            const b = unitOn[u];
            const v2 = posNeed[b];
            if (!dead[v2] && !onPath[v2] && posW[b] + pot[v2] === base) {
              next = v2;
              back = b;
            }
          } else {
            for (let b = unitStart[u], be = unitStart[u + 1]; b < be; b++) {
              if (flow[b] === 0) continue;
              const v2 = posNeed[b];
              if (!dead[v2] && !onPath[v2] && posW[b] + pot[v2] === base) {
                next = v2;
                back = b;
                break;
              }
            }
          }
        }
        if (next >= 0) {
          cur[v] = t;
          viaFwd[depth] = q;
          break;
        }
      }
      if (next >= 0) {
        viaBack[depth] = back;
        depth++;
        stackNeed[depth] = next;
        onPath[next] = 1;
      } else {
        cur[v] = t1;
        dead[v] = 1;
        onPath[v] = 0;
        depth--;
        if (depth >= 0) cur[stackNeed[depth]]++; // that arc led to a dead end
      }
    }
    return false;
  }

  function applyPath(depth: number): void {
    for (let i = 0; i < depth; i++) {
      flow[viaBack[i]] = 0;
    }
    for (let i = 0; i < depth; i++) {
      const q = viaFwd[i];
      flow[q] = 1;
      const u = posUnit[q];
      if (unitCap[u] === 1) unitOn[u] = q;
    }
    flow[firstFwd] = 1;
    const u0 = posUnit[firstFwd];
    if (unitCap[u0] === 1) unitOn[u0] = firstFwd;
    if (unitFree[u0]-- === unitCap[u0]) touch(u0);
    needFree[stackNeed[0]]--;
  }

  let phases = 0;
  let augmentations = 0;
  for (;;) {
    const dS = dijkstra();
    if (dS === Infinity) break;
    phases++;
    for (let n = 0; n < N; n++) pot[n] -= settled[n] ? dist[n] : dS;
    potS -= dS;
    // Every admissible path now costs -potS; a non-negative cost would not raise the total, and
    // later paths are never cheaper.
    if (potS <= 0) break;
    dead.fill(0);
    for (let n = 0; n < N; n++) cur[n] = needStart[n];
    for (let n = 0; n < N; n++) {
      while (needFree[n] > 0 && pot[n] === 0 && !dead[n]) {
        if (!augmentTo(n)) break;
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
