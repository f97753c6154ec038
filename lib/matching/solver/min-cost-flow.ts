// Exact max-weight assignment as min-cost flow: source → unit → need → sink, edge cost -score.
// See docs/decisions/003-matching-solver.md for why this algorithm and the measured figures.
//
// Algorithm: primal-dual successive shortest paths with Johnson potentials.
//  * Units are never Dijkstra nodes. A shortest path alternates need → (a unit on it) → another
//    need, starts source → (a free unit) → need and ends need → sink, so the search runs over
//    needs only (thousands) instead of units (hundreds of thousands). A unit's potential cancels
//    out of any path through it, so need potentials suffice.
//  * "source → need" costs -(best score among the need's still-free units). Each need keeps its
//    incident edges sorted by score, descending, and a pointer that skips units that became full;
//    units never become free again (flow on source → unit only grows), so the pointer is amortised.
//  * Each phase runs one Dijkstra (binary heap, early exit) from the cheaper side — backwards from
//    the sink or forwards from the source, chosen by the arcs each side scanned last time it ran
//    (the wrong side scans 2.5–4.5× more on the benchmark instances) — then a depth-first blocking
//    flow over the zero-reduced-cost arcs among the needs that Dijkstra settled, so one Dijkstra
//    serves every augmenting path of the same length. Path costs never decrease, so we stop at the first
//    non-negative one: this maximises the total, not the number of filled slots.
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
  // Hot path for capacity-1 units (every unit in a product round): the need it is on and the
  // score it earns there, or -1. Units with a larger capacity fall back to scanning their edges.
  // Interleaved so that one cache line serves both: unitOn[2u] = need (-1: none yet; -2: capacity
  // above 1, use the general path), unitOn[2u+1] = score there.
  const unitOn = new Int32Array(2 * U);
  for (let u = 0; u < U; u++) unitOn[2 * u] = unitCap[u] === 1 ? -1 : -2;
  const needFree = new Int32Array(N);
  for (let n = 0; n < N; n++) needFree[n] = problem.needSlots[n];
  const flow = new Uint8Array(E);
  const bestPtr = needStart.slice(0, N);
  // Per need, the positions assigned to it (a slice sized min(slots, in-degree)).
  const assignedStart = new Int32Array(N + 1);
  for (let n = 0; n < N; n++) assignedStart[n + 1] = assignedStart[n] + Math.min(needFree[n], needStart[n + 1] - needStart[n]);
  const assigned = new Int32Array(assignedStart[N]);
  const assignedCount = new Int32Array(N);
  const slotOf = new Int32Array(E);
  // Per need, the incident edges whose unit is already in use somewhere (a "touched" unit); only
  // those can carry a need → unit → need arc, free units are covered by bestFree(). A unit never
  // becomes untouched again, so these lists only grow. Unit and score are stored inline so that a
  // scan reads memory sequentially.
  const touchedUnit = new Int32Array(E);
  const touchedW = new Int32Array(E);
  const touchedPos = new Int32Array(E);
  const touchedCount = new Int32Array(N);

  // --- potentials: needs, source and sink --------------------------------------------------------
  const pot = new Float64Array(N);
  let potS = 0;
  let potT = 0;
  for (let n = 0; n < N; n++) {
    if (needStart[n + 1] > needStart[n]) {
      pot[n] = -posW[needPos[needStart[n]]]; // shortest source → unit → need distance
      if (needFree[n] > 0 && pot[n] < potT) potT = pot[n];
    }
  }
  // Open ends on each side, to choose the first search's side.
  let freeUnits = 0;
  for (let u = 0; u < U; u++) freeUnits += Math.min(unitCap[u], unitStart[u + 1] - unitStart[u]);
  let freeSlots = 0;
  for (let n = 0; n < N; n++) freeSlots += assignedStart[n + 1] - assignedStart[n];

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

  function assign(p: number): void {
    const n = posNeed[p];
    const slot = assignedStart[n] + assignedCount[n]++;
    assigned[slot] = p;
    slotOf[p] = slot;
    flow[p] = 1;
    const u = posUnit[p];
    if (unitCap[u] === 1) {
      unitOn[2 * u] = n;
      unitOn[2 * u + 1] = posW[p];
    }
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
  function touch(u: number): void {
    for (let q = unitStart[u], qe = unitStart[u + 1]; q < qe; q++) {
      const n = posNeed[q];
      const t = needStart[n] + touchedCount[n]++;
      touchedUnit[t] = u;
      touchedW[t] = posW[q];
      touchedPos[t] = q;
    }
  }

  // --- Dijkstra over needs, from either end ------------------------------------------------------
  // Index N stands for the far end (the source when searching backwards, the sink forwards).
  const END = N;
  const dist = new Float64Array(N + 1);
  let searchWork = 0; // arcs scanned by the searches, to pick the cheaper side
  const heap = new Int32Array(N + 1);
  const heapIdx = new Int32Array(N + 1).fill(-1);
  const settled = new Uint8Array(N + 1);
  let heapSize = 0;
  // Shortest-path tree, used when the blocking flow finds nothing (see the main loop):
  // predLink[v] = the next need towards the search's root (-1: v hangs off the root itself);
  // predFwd[v] = position taken, predBack[v] = position undone (-1: capacity-1 unit predUnit[v]).
  const predLink = new Int32Array(N + 1);
  const predFwd = new Int32Array(N + 1);
  const predBack = new Int32Array(N + 1);
  const predUnit = new Int32Array(N + 1);

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
  function relax(v: number, d: number, link: number, fwd: number, back: number, unit: number): void {
    if (d >= dist[v] || settled[v]) return;
    dist[v] = d;
    predLink[v] = link;
    predFwd[v] = fwd;
    predBack[v] = back;
    predUnit[v] = unit;
    if (heapIdx[v] < 0) {
      heap[heapSize] = v;
      heapIdx[v] = heapSize++;
    }
    siftUp(heapIdx[v]);
  }
  function popMin(): number {
    const v = heap[0];
    heapIdx[v] = -1;
    if (--heapSize > 0) {
      heap[0] = heap[heapSize];
      heapIdx[heap[0]] = 0;
      siftDown(0);
    }
    settled[v] = 1;
    return v;
  }
  function resetSearch(): void {
    heapSize = 0;
    settled.fill(0);
    heapIdx.fill(-1);
    dist.fill(Infinity);
  }
  function heapify(): void {
    for (let i = (heapSize >> 1) - 1; i >= 0; i--) siftDown(i);
  }

  /** Reduced distances v → sink, searching backwards; returns the source's (or Infinity). */
  function searchFromSink(): number {
    resetSearch();
    for (let n = 0; n < N; n++) {
      if (needFree[n] === 0) continue;
      dist[n] = pot[n] - potT; // reduced cost of n → sink
      predLink[n] = -1;
      heap[heapSize] = n;
      heapIdx[n] = heapSize++;
    }
    heapify();
    // Past the far end, keep settling needs at exactly its distance: they lie on shortest paths
    // too, and the blocking flow may use them, which saves whole phases.
    let dEnd = Infinity;
    while (heapSize > 0 && dist[heap[0]] <= dEnd) {
      const v = popMin();
      if (v === END) {
        dEnd = dist[END];
        continue;
      }
      const dv = dist[v];
      const pv = pot[v];
      const f = bestFree(v);
      if (f >= 0) relax(END, dv - posW[f] + potS - pv, v, f, -1, -1); // source → free unit → v
      searchWork += touchedCount[v];
      for (let t = needStart[v], t1 = t + touchedCount[v]; t < t1; t++) {
        const u = touchedUnit[t];
        const base = dv - touchedW[t] - pv;
        const v2 = unitOn[2 * u];
        if (v2 >= 0) {
          if (v2 !== v && !settled[v2]) relax(v2, base + unitOn[2 * u + 1] + pot[v2], v, touchedPos[t], -1, u); // v2 → u (undo) → v
        } else {
          if (flow[touchedPos[t]] === 1) continue;
          for (let b = unitStart[u], be = unitStart[u + 1]; b < be; b++) {
            if (flow[b] === 0) continue;
            const from = posNeed[b];
            if (!settled[from]) relax(from, base + posW[b] + pot[from], v, touchedPos[t], b, u);
          }
        }
      }
    }
    return dEnd;
  }

  /** Reduced distances source → v, searching forwards; returns the sink's (or Infinity). */
  function searchFromSource(): number {
    resetSearch();
    for (let n = 0; n < N; n++) {
      const f = bestFree(n);
      if (f < 0) continue;
      dist[n] = -posW[f] + potS - pot[n]; // reduced cost of source → free unit → n
      predLink[n] = -1;
      predFwd[n] = f;
      heap[heapSize] = n;
      heapIdx[n] = heapSize++;
    }
    heapify();
    // Past the far end, keep settling needs at exactly its distance: they lie on shortest paths
    // too, and the blocking flow may use them, which saves whole phases.
    let dEnd = Infinity;
    while (heapSize > 0 && dist[heap[0]] <= dEnd) {
      const v = popMin();
      if (v === END) {
        dEnd = dist[END];
        continue;
      }
      const dv = dist[v];
      const pv = pot[v];
      if (needFree[v] > 0) relax(END, dv + pv - potT, v, -1, -1, -1);
      for (let a = assignedStart[v], a1 = a + assignedCount[v]; a < a1; a++) {
        const back = assigned[a];
        const u = posUnit[back];
        const base = dv + posW[back] + pv; // v → u (undo u's assignment to v)
        searchWork += unitStart[u + 1] - unitStart[u];
        for (let q = unitStart[u], qe = unitStart[u + 1]; q < qe; q++) {
          if (flow[q] === 1) continue;
          const n2 = posNeed[q];
          if (!settled[n2]) relax(n2, base - posW[q] - pot[n2], v, q, back, u);
        }
      }
    }
    return dEnd;
  }

  // --- blocking flow on zero-reduced-cost arcs, backwards from needs with a free slot ------------
  // Only needs settled by the last search are entered: each has a shortest path to the far end,
  // so dead ends are rare. Dead ends and current arcs are only a speed-up: a path missed here is
  // found by the next search, which alone decides when to stop.
  const dead = new Uint8Array(N);
  const onPath = new Uint8Array(N);
  const cur = new Int32Array(N);
  const stackNeed = new Int32Array(N);
  const viaFwd = new Int32Array(N); // position taken to enter stackNeed[i] (from stackNeed[i+1])
  const viaBack = new Int32Array(N); // position undone to leave stackNeed[i+1]

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
        for (let i = 0; i < depth; i++) {
          pathBack[i] = viaBack[i];
          pathFwd[i] = viaFwd[i];
        }
        applyPath(depth, f, stackNeed[0]);
        for (let i = 0; i <= depth; i++) onPath[stackNeed[i]] = 0;
        return true;
      }
      const t1 = needStart[v] + touchedCount[v];
      let next = -1;
      let back = -1;
      let t = cur[v];
      for (; t < t1; t++) {
        const u = touchedUnit[t];
        const base = touchedW[t] + pv;
        const v2 = unitOn[2 * u];
        if (v2 >= 0) {
          if (v2 !== v && settled[v2] && !dead[v2] && !onPath[v2] && unitOn[2 * u + 1] + pot[v2] === base) {
            next = v2;
            back = -1;
            break;
          }
        } else if (flow[touchedPos[t]] === 0) {
          for (let b = unitStart[u], be = unitStart[u + 1]; b < be; b++) {
            if (flow[b] === 0) continue;
            const from = posNeed[b];
            if (settled[from] && !dead[from] && !onPath[from] && posW[b] + pot[from] === base) {
              next = from;
              back = b;
              break;
            }
          }
          if (next >= 0) break;
        }
      }
      cur[v] = t;
      if (next >= 0) {
        const q = touchedPos[t];
        viaFwd[depth] = q;
        viaBack[depth] = back >= 0 ? back : onPosition(touchedUnit[t]);
        depth++;
        stackNeed[depth] = next;
        onPath[next] = 1;
      } else {
        dead[v] = 1;
        onPath[v] = 0;
        depth--; // the arc into v stays current; v being dead now makes it fail
      }
    }
    return false;
  }

  /** The position a capacity-1 unit is assigned through. */
  function onPosition(u: number): number {
    const n = unitOn[2 * u];
    for (let q = unitStart[u], qe = unitStart[u + 1]; q < qe; q++) if (posNeed[q] === n) return q;
    throw new Error("solver state: unit not on its need");
  }

  /**
   * Looks for an admissible path source → first → n0 → … → sink, forwards over the units assigned
   * to each need (used after a search from the sink, whose settled needs all reach the sink).
   */
  function augmentFrom(n0: number, first: number): boolean {
    let depth = 0;
    stackNeed[0] = n0;
    stackA[0] = 0;
    stackQ[0] = -1;
    onPath[n0] = 1;
    while (depth >= 0) {
      const v = stackNeed[depth];
      const pv = pot[v];
      if (needFree[v] > 0 && pv === potT) {
        for (let i = 0; i < depth; i++) {
          pathBack[i] = viaBack[i + 1];
          pathFwd[i] = viaFwd[i + 1];
        }
        applyPath(depth, first, v);
        for (let i = 0; i <= depth; i++) onPath[stackNeed[i]] = 0;
        return true;
      }
      let advanced = false;
      const a0 = assignedStart[v];
      const cnt = assignedCount[v];
      while (!advanced && stackA[depth] < cnt) {
        const back = assigned[a0 + stackA[depth]];
        const u = posUnit[back];
        const base = posW[back] + pv;
        const qe = unitStart[u + 1];
        for (let q = stackQ[depth] < 0 ? unitStart[u] : stackQ[depth] + 1; q < qe; q++) {
          if (flow[q] === 1) continue;
          const n2 = posNeed[q];
          if (!settled[n2] || dead[n2] || onPath[n2] || base - posW[q] - pot[n2] !== 0) continue;
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
  const stackA = new Int32Array(N);
  const stackQ = new Int32Array(N);

  const pathBack = new Int32Array(N);
  const pathFwd = new Int32Array(N);

  /** Moves units along pathBack[i] → pathFwd[i] (i < len), seats `first`, fills one slot of lastNeed. */
  function applyPath(len: number, first: number, lastNeed: number): void {
    // Undo first so that a full need's assigned slice never overflows.
    for (let i = 0; i < len; i++) unassign(pathBack[i]);
    for (let i = 0; i < len; i++) assign(pathFwd[i]);
    assign(first);
    const u0 = posUnit[first];
    if (unitFree[u0]-- === unitCap[u0]) touch(u0);
    needFree[lastNeed]--;
  }

  /** Applies the path of the last search's tree (valid: nothing changed since the search). */
  function applyTreePath(fromSink: boolean): void {
    let len = 0;
    if (fromSink) {
      const first = predFwd[END];
      let x = predLink[END];
      while (predLink[x] !== -1) {
        pathBack[len] = predBack[x] >= 0 ? predBack[x] : onPosition(predUnit[x]);
        pathFwd[len++] = predFwd[x];
        x = predLink[x];
      }
      applyPath(len, first, x);
    } else {
      const last = predLink[END];
      let x = last;
      while (predLink[x] !== -1) {
        pathBack[len] = predBack[x];
        pathFwd[len++] = predFwd[x];
        x = predLink[x];
      }
      applyPath(len, predFwd[x], last);
    }
  }

  let phases = 0;
  let augmentations = 0;
  // Arcs the last search from each side scanned. The side with fewer open ends starts; after that
  // the cheaper side runs, and the other is re-measured every 32nd phase (as instances fill, the
  // cheaper side can change).
  let workFromSink = freeSlots <= freeUnits ? 0 : 1;
  let workFromSource = 1 - workFromSink;
  for (;;) {
    const fromSink = (workFromSink <= workFromSource) !== (phases % 32 === 31);
    const workBefore = searchWork;
    if (fromSink) {
      const dS = searchFromSink();
      if (dS === Infinity) break;
      for (let n = 0; n < N; n++) pot[n] -= settled[n] ? dist[n] : dS;
      potS -= dS;
    } else {
      const dT = searchFromSource();
      if (dT === Infinity) break;
      for (let n = 0; n < N; n++) pot[n] += settled[n] ? dist[n] : dT;
      potT += dT;
    }
    phases++;
    if (fromSink) workFromSink = searchWork - workBefore;
    else workFromSource = searchWork - workBefore;
    // Every admissible path now costs potT - potS; a non-negative cost would not raise the total,
    // and later paths are never cheaper.
    if (potT - potS >= 0) break;
    dead.fill(0);
    for (let n = 0; n < N; n++) cur[n] = needStart[n];
    const before = augmentations;
    if (fromSink) {
      // Settled needs all reach the sink on tight arcs: search forwards from the source.
      for (let n = 0; n < N; n++) {
        while (settled[n] && !dead[n]) {
          const f = bestFree(n);
          if (f < 0 || potS - posW[f] - pot[n] !== 0 || !augmentFrom(n, f)) break;
          augmentations++;
        }
      }
    } else {
      // Settled needs are all reached from the source on tight arcs: search backwards from the sink.
      for (let n = 0; n < N; n++) {
        while (needFree[n] > 0 && settled[n] && pot[n] === potT && !dead[n]) {
          if (!augmentTo(n)) break;
          augmentations++;
        }
      }
    }
    // Dead-end marking can miss paths when zero-cost cycles exist; the search's own path always
    // exists, so every phase makes progress.
    if (augmentations === before) {
      applyTreePath(fromSink);
      augmentations++;
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
  return { total, chosenEdges, stats: { phases, augmentations, edges: E, searchArcs: searchWork } };
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
