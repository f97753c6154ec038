// Exact max-weight assignment (a min-cost flow source → unit → need → sink, edge cost -score).
// See docs/decisions/003-matching-solver.md for why this algorithm and the measured figures.
//
// Algorithm: incremental Hungarian (successive shortest paths, one arrival at a time).
//  * LP duals: alpha[u] ≥ 0 per unit, beta[n] ≥ 0 per need, alpha[u] + beta[n] ≥ w(u, n) on every
//    unused edge. An assignment is optimal when also every unit with alpha > 0 is at capacity,
//    every need with beta > 0 is full, and a used edge has alpha + beta ≤ w (= when the unit has
//    capacity 1). We keep that true for a growing problem — the slots arrive one at a time with
//    every unit present, or the units arrive with every slot present — and repair each arrival
//    with one Dijkstra from it: the best change of the assignment that makes room for it.
//  * Units are never Dijkstra nodes: a path alternates need → (a unit that moves) → need, and a
//    unit's alpha cancels out along it. A placed capacity-1 unit's alpha is w(u, its need) minus
//    that need's beta; a unit with free capacity has alpha 0. So only beta is stored, and the
//    searches run over needs (thousands), not units (hundreds of thousands).
//  * Arrivals come from the scarce side. In a loose round (more units than slots) a new slot
//    usually just takes its best free unit; in a tight round a new unit usually just takes its
//    best open slot. From the other side most arrivals contend: about 10× the arcs scanned on
//    the benchmark instances.
//    Units with capacity above 1 (only in `match:solve`) always use slot arrivals, where units
//    are never removed, so their alpha never needs to be known.
//  * Within a side, arrivals with the fewest edges come first: 15–70% fewer arcs scanned than
//    index order on the benchmark and other shapes (the long lists are scanned once most contention
//    has settled).
//  * A search stops as soon as no unsettled need can beat the cheapest path end found so far, and
//    path ends are counted when a need is first reached, not only when it is settled (scores with
//    many ties make many equally short paths).
// All state lives in typed arrays; there are no per-edge objects. The hot functions are
// module-level and copy the arrays they use into locals: closures inside solveAssignment were
// 30–40% slower from the second call on (V8 specialises a closure to its captured arrays only
// while a single instance of it exists).

import type { AssignmentProblem, AssignmentSolution } from "./types";
import { MAX_ABS_SCORE } from "./types";

/**
 * Which side arrives: "auto" picks the scarce side (slots when any unit has capacity above 1).
 * The others exist so that tests can check one against the other; "units" needs capacities ≤ 1.
 */
export type ArrivalSide = "auto" | "slots" | "units";

export function solveAssignment(problem: AssignmentProblem, side: ArrivalSide = "auto"): AssignmentSolution {
  const net = new Network(problem);
  const search = new Search(net.N);
  const capacityOne = net.unitCapacityAtMostOne();
  if (side === "units" && !capacityOne) throw new Error("unit arrivals need unit capacities of at most 1");
  const slots = side === "slots" || (side === "auto" && (!capacityOne || net.openSlots() <= net.openUnits()));
  const counts = slots ? slotsArrive(net, search) : unitsArrive(net, search);

  const { E, flow, posOrig, posW } = net;
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
  return { total, chosenEdges, stats: { ...counts, edges: E, searchArcs: search.work } };
}

interface Counts {
  phases: number;
  augmentations: number;
}

/** Every unit present and free, needs' slots arriving one at a time. */
function slotsArrive(net: Network, s: Search): Counts {
  net.buildNeedIndex();
  const { N, needStart, assignedStart, posW, needPos } = net;
  // No slot yet: every need is full at zero slots, so beta[n] = its best score is feasible with
  // every alpha 0. Afterwards beta only falls and placed units' alphas only rise.
  const beta = new Float64Array(N);
  for (let n = 0; n < N; n++) if (needStart[n + 1] > needStart[n]) beta[n] = posW[needPos[needStart[n]]];
  const counts = { phases: 0, augmentations: 0 };
  // A need's slots arrive one after another; a need gets no more slots than it has edges.
  for (const n of orderByDegree(needStart, N)) {
    for (let k = assignedStart[n + 1] - assignedStart[n]; k > 0; k--) {
      counts.phases++;
      if (insertSlot(net, s, beta, n)) counts.augmentations++;
    }
  }
  return counts;
}

/** Every slot present and empty, capacity-1 units arriving one at a time. */
function unitsArrive(net: Network, s: Search): Counts {
  const { U, unitStart, unitCap } = net;
  // No unit yet: beta = 0 is feasible. Afterwards beta only rises.
  const beta = new Float64Array(net.N);
  const counts = { phases: 0, augmentations: 0 };
  for (const u of orderByDegree(unitStart, U)) {
    if (unitCap[u] !== 1 || unitStart[u + 1] === unitStart[u]) continue;
    const result = insertUnit(net, s, beta, u);
    if (result & SEARCHED) counts.phases++;
    if (result & CHANGED) counts.augmentations++;
  }
  return counts;
}

/** 0..count-1 by ascending degree (start[i+1] - start[i]), ties by index: a counting sort. */
function orderByDegree(start: Int32Array, count: number): Int32Array {
  let maxDeg = 0;
  for (let i = 0; i < count; i++) maxDeg = Math.max(maxDeg, start[i + 1] - start[i]);
  const at = new Int32Array(maxDeg + 2);
  for (let i = 0; i < count; i++) at[start[i + 1] - start[i] + 1]++;
  for (let d = 0; d <= maxDeg; d++) at[d + 1] += at[d];
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[at[start[i + 1] - start[i]]++] = i;
  return order;
}

/**
 * Adds a slot to need n0 and restores optimality; true if the assignment changed. Searches
 * backwards from n0: a need v reached at distance d can take its best free unit (a path end,
 * cost d + beta[v] - w), leave one of its slots empty (a path end, cost d + beta[v]), or take a
 * unit u that is on another need v2, which then needs a replacement: v2 at d + the reduced cost
 * w(u, v2) - beta[v2] + beta[v] - w(u, v). Distances are how far beta[n0] falls.
 */
function insertSlot(net: Network, s: Search, beta: Float64Array, n0: number): boolean {
  const { posW, posNeed, unitStart, unitFree, needStart, touchedCount, touchedUnit, touchedW, touchedPos, unitOn, flow } = net;
  const { dist, predLink, predFwd, predBack, predUnit } = s;
  s.lower(n0, 0, -1, -1, -1, -1);
  let delta = Infinity; // cost of the cheapest path end found so far
  let endNeed = -1;
  let endFree = -1; // position of the free unit endNeed takes, or -1: endNeed leaves a slot empty
  let work = 0;
  while (s.heapSize > 0 && dist[s.heap[0]] < delta) {
    const v = s.popMin();
    const dv = dist[v];
    const bv = beta[v];
    const f = bestFree(net, v);
    const end = f >= 0 ? dv + bv - posW[f] : dv + bv;
    if (end < delta) {
      delta = end;
      endNeed = v;
      endFree = f;
    }
    if (delta <= dv) break; // every other path from here costs at least dv
    const t0 = needStart[v];
    const t1 = t0 + touchedCount[v];
    work += t1 - t0;
    for (let t = t0; t < t1; t++) {
      const u = touchedUnit[t];
      const v2 = unitOn[2 * u];
      // Settled needs (and v itself) never pass d < dist: reduced costs are ≥ 0, so d ≥ dv.
      if (v2 >= 0) {
        const d = dv + unitOn[2 * u + 1] - beta[v2] + bv - touchedW[t];
        if (d < dist[v2] && d < delta) {
          s.lower(v2, d, v, touchedPos[t], -1, u);
          const end2 = pathEndAt(net, beta, v2, d);
          if (end2 < delta) {
            delta = end2;
            endNeed = v2;
            endFree = bestFree(net, v2);
          }
        }
      } else if (unitFree[u] === 0 && flow[touchedPos[t]] === 0) {
        // Capacity above 1, full, not on v yet: it may leave any of its needs. (With free
        // capacity it would rather take v as a free unit: same cost, no replacement needed.)
        const base = dv + bv - touchedW[t];
        for (let b = unitStart[u], be = unitStart[u + 1]; b < be; b++) {
          if (flow[b] === 0) continue;
          const from = posNeed[b];
          const d = base + posW[b] - beta[from];
          if (d < dist[from] && d < delta) {
            s.lower(from, d, v, touchedPos[t], b, u);
            const end2 = pathEndAt(net, beta, from, d);
            if (end2 < delta) {
              delta = end2;
              endNeed = from;
              endFree = bestFree(net, from);
            }
          }
        }
      }
    }
  }
  s.work += work;
  settleDuals(s, beta, delta, -1);
  // Apply: endNeed takes the free unit (or gives up a unit), and each need on the way back to n0
  // hands one of its units on towards n0.
  let len = 0;
  for (let x = endNeed; x !== n0; x = predLink[x]) {
    net.pathBack[len] = predBack[x] >= 0 ? predBack[x] : onPosition(net, predUnit[x]);
    net.pathFwd[len++] = predFwd[x];
  }
  s.clearVisited();
  if (len === 0 && endFree < 0) return false; // the slot stays empty: beta[n0] fell to 0
  // Undo first so that a full need's slice of assigned positions never overflows.
  for (let i = 0; i < len; i++) unassign(net, net.pathBack[i]);
  for (let i = 0; i < len; i++) assign(net, net.pathFwd[i]);
  if (endFree >= 0) {
    const u = net.posUnit[endFree];
    if (net.unitFree[u] === net.unitCap[u]) touch(net, u);
    net.unitFree[u]--;
    assign(net, endFree);
  }
  return true;
}

/** Cost of the cheapest path end at need v reached at distance d (see insertSlot). */
function pathEndAt(net: Network, beta: Float64Array, v: number, d: number): number {
  const f = bestFree(net, v);
  return f >= 0 ? d + beta[v] - net.posW[f] : d + beta[v];
}

const SEARCHED = 1;
const CHANGED = 2;

/**
 * Adds capacity-1 unit u0 and restores optimality; returns SEARCHED | CHANGED flags. Searches
 * forwards from u0: a need v reached at distance d has a free slot (a path end, cost d), or one
 * of its units u leaves the round (a path end, cost d + alpha[u]) or moves to another need
 * (d + alpha[u] + beta[n2] - w(u, n2)). Distances are how far alpha[u0] falls; u0 staying out
 * (alpha[u0] = 0) is itself a path end.
 */
function insertUnit(net: Network, s: Search, beta: Float64Array, u0: number): number {
  const { posW, posNeed, posUnit, unitStart, needFree, assignedStart, assignedCount, assigned } = net;
  const { dist, predLink, predFwd, predBack } = s;
  // alpha[u0] at current prices, and the edge that earns it.
  let alpha0 = 0;
  let bestQ = -1;
  for (let q = unitStart[u0], qe = unitStart[u0 + 1]; q < qe; q++) {
    const r = posW[q] - beta[posNeed[q]];
    if (r > alpha0) {
      alpha0 = r;
      bestQ = q;
    }
  }
  if (bestQ < 0) return 0; // earns nothing anywhere: stays out with alpha 0
  if (needFree[posNeed[bestQ]] > 0) {
    // A need with a free slot has beta 0, and this is u0's best edge: tight, nothing to repair.
    assign(net, bestQ);
    net.unitFree[u0] = 0;
    needFree[posNeed[bestQ]]--;
    return CHANGED;
  }
  let delta = alpha0; // u0 staying out
  let endNeed = -1; // a need with a free slot that ends the path
  let dropBack = -1; // or the position of a unit that leaves the round
  for (let q = unitStart[u0], qe = unitStart[u0 + 1]; q < qe; q++) {
    const n = posNeed[q];
    const d = alpha0 + beta[n] - posW[q];
    if (d < dist[n] && d < delta) {
      s.lower(n, d, -1, q, -1, u0);
      if (needFree[n] > 0) {
        delta = d; // a need with a free slot, though not u0's best: a path end already
        endNeed = n;
      }
    }
  }
  let work = unitStart[u0 + 1] - unitStart[u0];
  while (s.heapSize > 0 && dist[s.heap[0]] < delta) {
    const v = s.popMin();
    const dv = dist[v];
    if (needFree[v] > 0) {
      delta = dv;
      endNeed = v;
      dropBack = -1;
      break;
    }
    const bv = beta[v];
    for (let a = assignedStart[v], a1 = a + assignedCount[v]; a < a1 && dv < delta; a++) {
      const back = assigned[a];
      const base = dv + posW[back] - bv; // dv + alpha[u]
      if (base < delta) {
        delta = base;
        endNeed = -1;
        dropBack = back;
      }
      const u = posUnit[back];
      const q0 = unitStart[u];
      const q1 = unitStart[u + 1];
      work += q1 - q0;
      for (let q = q0; q < q1; q++) {
        const n2 = posNeed[q];
        // v itself never passes (d = dv there), settled needs neither (reduced costs are ≥ 0).
        const d = base + beta[n2] - posW[q];
        if (d < dist[n2] && d < delta) {
          s.lower(n2, d, v, q, back, u);
          if (needFree[n2] > 0) {
            delta = d; // a free slot ends a path right here: the search can stop sooner
            endNeed = n2;
            dropBack = -1;
          }
        }
      }
    }
  }
  s.work += work;
  settleDuals(s, beta, delta, 1);
  // Apply: walk back from the path's end to u0; each step moves a unit onto the need it reached.
  // pathBack and pathFwd are separate lists here: the positions given up, and those taken.
  let backs = 0;
  let x = endNeed;
  if (dropBack >= 0) {
    x = posNeed[dropBack];
    net.pathBack[backs++] = dropBack;
    net.unitFree[posUnit[dropBack]] = 1;
  }
  let moves = 0;
  for (; x >= 0; x = predLink[x]) {
    if (predBack[x] >= 0) net.pathBack[backs++] = predBack[x];
    net.pathFwd[moves++] = predFwd[x];
  }
  s.clearVisited();
  if (moves === 0) return SEARCHED; // u0 stays out: its alpha fell to 0 first
  for (let i = 0; i < backs; i++) unassign(net, net.pathBack[i]);
  for (let i = 0; i < moves; i++) assign(net, net.pathFwd[i]);
  net.unitFree[u0] = 0;
  if (endNeed >= 0) needFree[endNeed]--;
  return SEARCHED | CHANGED;
}

/**
 * The Hungarian dual step after a search whose cheapest path end costs delta: every need settled
 * at d < delta moves its beta by delta - d (sign -1: down, after a slot's search; +1: up, after a
 * unit's). The implicit alphas of the units on those needs move the other way, so every edge
 * stays feasible and the new path is tight.
 */
function settleDuals(s: Search, beta: Float64Array, delta: number, sign: number): void {
  const { visited, settled, dist } = s;
  for (let i = 0; i < s.visitedCount; i++) {
    const v = visited[i];
    if (settled[v] && dist[v] < delta) beta[v] += sign * (delta - dist[v]);
  }
}

/** The instance over positive edges and the assignment. */
class Network {
  readonly U: number;
  readonly N: number;
  readonly E: number;
  // Unit-major CSR: position p in [unitStart[u], unitStart[u+1]).
  readonly unitStart: Int32Array;
  readonly posUnit: Int32Array;
  readonly posNeed: Int32Array;
  readonly posW: Int32Array;
  readonly posOrig: Int32Array;
  private readonly minW: number;
  private readonly maxW: number;
  // Assignment.
  readonly unitCap: Int32Array;
  readonly unitFree: Int32Array;
  /**
   * Hot path for capacity-1 units (every unit in a product round): the need it is on and the
   * score it earns there. Interleaved so that one cache line serves both: unitOn[2u] = need
   * (-1: none yet; -2: capacity above 1, see flow), unitOn[2u+1] = score there.
   */
  readonly unitOn: Int32Array;
  readonly needFree: Int32Array;
  readonly flow: Uint8Array;
  // Per need, the positions assigned to it (a slice sized min(slots, in-degree)).
  readonly needStart: Int32Array;
  readonly assignedStart: Int32Array;
  readonly assigned: Int32Array;
  readonly assignedCount: Int32Array;
  readonly slotOf: Int32Array;
  // An augmenting path to apply: units give up positions pathBack[i] and take pathFwd[i].
  readonly pathBack: Int32Array;
  readonly pathFwd: Int32Array;

  // Built only for slot arrivals (buildNeedIndex):
  // per need, its positions sorted by score descending (ties: lower position), each with its
  // unit alongside so that bestFree() reads one array, and a pointer past the full units.
  needPos = new Int32Array(0);
  needUnit = new Int32Array(0);
  bestPtr = new Int32Array(0);
  /**
   * Per need, the incident edges whose unit is in use somewhere (a "touched" unit); only those
   * can move to it, free units are covered by bestFree(). With slot arrivals a unit never becomes
   * free again, so these lists only grow. Unit and score are stored inline so that a scan reads
   * memory sequentially.
   */
  touchedUnit = new Int32Array(0);
  touchedW = new Int32Array(0);
  touchedPos = new Int32Array(0);
  touchedCount = new Int32Array(0);

  constructor(problem: AssignmentProblem) {
    const U = (this.U = problem.unitCapacity.length);
    const N = (this.N = problem.needSlots.length);
    const rawE = problem.edgeUnit.length;
    if (problem.edgeNeed.length !== rawE || problem.edgeScore.length !== rawE) {
      throw new Error("edge arrays differ in length");
    }

    // --- keep positive edges only: a non-positive score never raises the total -----------------
    const keep = new Uint8Array(rawE);
    let E = 0;
    let minW = Infinity;
    let maxW = -Infinity;
    const unitStart = (this.unitStart = new Int32Array(U + 1));
    const needStart = (this.needStart = new Int32Array(N + 1));
    for (let k = 0; k < rawE; k++) {
      const w = problem.edgeScore[k];
      const u = problem.edgeUnit[k];
      const n = problem.edgeNeed[k];
      if (!Number.isInteger(w) || Math.abs(w) > MAX_ABS_SCORE) throw new Error(`edge ${k}: score must be an integer within ±${MAX_ABS_SCORE}`);
      if (!(u >= 0 && u < U && n >= 0 && n < N)) throw new Error(`edge ${k}: unit or need out of range`);
      if (w <= 0 || problem.unitCapacity[u] <= 0 || problem.needSlots[n] <= 0) continue;
      keep[k] = 1;
      unitStart[u + 1]++;
      needStart[n + 1]++;
      E++;
      if (w < minW) minW = w;
      if (w > maxW) maxW = w;
    }
    this.E = E;
    this.minW = minW;
    this.maxW = maxW;
    for (let u = 0; u < U; u++) unitStart[u + 1] += unitStart[u];
    for (let n = 0; n < N; n++) needStart[n + 1] += needStart[n];

    const fill = unitStart.slice(0, U);
    const posUnit = (this.posUnit = new Int32Array(E));
    const posNeed = (this.posNeed = new Int32Array(E));
    const posW = (this.posW = new Int32Array(E));
    const posOrig = (this.posOrig = new Int32Array(E));
    for (let k = 0; k < rawE; k++) {
      if (!keep[k]) continue;
      const u = problem.edgeUnit[k];
      const p = fill[u]++;
      posUnit[p] = u;
      posNeed[p] = problem.edgeNeed[k];
      posW[p] = problem.edgeScore[k];
      posOrig[p] = k;
    }

    const unitCap = (this.unitCap = new Int32Array(U));
    const unitFree = (this.unitFree = new Int32Array(U));
    const unitOn = (this.unitOn = new Int32Array(2 * U));
    for (let u = 0; u < U; u++) {
      unitCap[u] = unitFree[u] = Math.max(0, problem.unitCapacity[u]);
      unitOn[2 * u] = unitCap[u] === 1 ? -1 : -2;
    }
    const needFree = (this.needFree = new Int32Array(N));
    for (let n = 0; n < N; n++) needFree[n] = Math.max(0, problem.needSlots[n]);
    this.flow = new Uint8Array(E);
    const assignedStart = (this.assignedStart = new Int32Array(N + 1));
    for (let n = 0; n < N; n++) assignedStart[n + 1] = assignedStart[n] + Math.min(needFree[n], needStart[n + 1] - needStart[n]);
    this.assigned = new Int32Array(assignedStart[N]);
    this.assignedCount = new Int32Array(N);
    this.slotOf = new Int32Array(E);
    this.pathBack = new Int32Array(N + 1);
    this.pathFwd = new Int32Array(N + 1);
  }

  buildNeedIndex(): void {
    const { E, N, posNeed, posUnit, needStart } = this;
    const byScore = sortPositionsByScoreDesc(this.posW, E, this.minW, this.maxW);
    const needFill = needStart.slice(0, N);
    const needPos = (this.needPos = new Int32Array(E));
    const needUnit = (this.needUnit = new Int32Array(E));
    for (let i = 0; i < E; i++) {
      const p = byScore[i];
      const at = needFill[posNeed[p]]++;
      needPos[at] = p;
      needUnit[at] = posUnit[p];
    }
    this.bestPtr = needStart.slice(0, N);
    this.touchedUnit = new Int32Array(E);
    this.touchedW = new Int32Array(E);
    this.touchedPos = new Int32Array(E);
    this.touchedCount = new Int32Array(N);
  }

  unitCapacityAtMostOne(): boolean {
    for (let u = 0; u < this.U; u++) if (this.unitCap[u] > 1) return false;
    return true;
  }

  /** Unit capacity that some edge could use: the open ends on the units' side. */
  openUnits(): number {
    let free = 0;
    for (let u = 0; u < this.U; u++) free += Math.min(this.unitCap[u], this.unitStart[u + 1] - this.unitStart[u]);
    return free;
  }

  /** Slots that some edge could fill: the open ends on the needs' side. */
  openSlots(): number {
    return this.assignedStart[this.N];
  }
}

/** Dijkstra over needs: a binary heap on dist, the search tree, and what to undo afterwards. */
class Search {
  readonly dist: Float64Array;
  readonly settled: Uint8Array;
  readonly heap: Int32Array;
  readonly heapIdx: Int32Array;
  heapSize = 0;
  /** Needs given a finite distance by this search, so that clearVisited() can undo them. */
  readonly visited: Int32Array;
  visitedCount = 0;
  /** Arcs scanned by all searches: the machine-independent measure of work. */
  work = 0;
  /**
   * Search tree: predLink[v] = the need v was reached from (-1: the arrival itself); predFwd[v] =
   * position a unit takes to make the step, predBack[v] = position it gives up (-1: none, or a
   * capacity-1 unit's only one, predUnit[v]).
   */
  readonly predLink: Int32Array;
  readonly predFwd: Int32Array;
  readonly predBack: Int32Array;
  readonly predUnit: Int32Array;

  constructor(N: number) {
    this.dist = new Float64Array(N).fill(Infinity);
    this.settled = new Uint8Array(N);
    this.heap = new Int32Array(N);
    this.heapIdx = new Int32Array(N).fill(-1);
    this.visited = new Int32Array(N);
    this.predLink = new Int32Array(N);
    this.predFwd = new Int32Array(N);
    this.predBack = new Int32Array(N);
    this.predUnit = new Int32Array(N);
  }

  /** Undoes one search in time proportional to what it reached (most searches are small). */
  clearVisited(): void {
    const { visited, dist, settled, heapIdx } = this;
    for (let i = 0; i < this.visitedCount; i++) {
      const v = visited[i];
      dist[v] = Infinity;
      settled[v] = 0;
      heapIdx[v] = -1;
    }
    this.visitedCount = 0;
    this.heapSize = 0;
  }

  /** Lowers v's distance to d (the caller checked d < dist[v] and that v is not settled). */
  lower(v: number, d: number, link: number, fwd: number, back: number, unit: number): void {
    if (this.dist[v] === Infinity) this.visited[this.visitedCount++] = v;
    this.dist[v] = d;
    this.predLink[v] = link;
    this.predFwd[v] = fwd;
    this.predBack[v] = back;
    this.predUnit[v] = unit;
    let i = this.heapIdx[v];
    if (i < 0) i = this.heapSize++;
    const heap = this.heap;
    const heapIdx = this.heapIdx;
    const dist = this.dist;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pv = heap[parent];
      if (dist[pv] <= d) break;
      heap[i] = pv;
      heapIdx[pv] = i;
      i = parent;
    }
    heap[i] = v;
    heapIdx[v] = i;
  }

  popMin(): number {
    const heap = this.heap;
    const heapIdx = this.heapIdx;
    const dist = this.dist;
    const v = heap[0];
    heapIdx[v] = -1;
    const size = --this.heapSize;
    if (size > 0) {
      // Sift the last element down from the root.
      const x = heap[size];
      const dx = dist[x];
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= size) break;
        if (c + 1 < size && dist[heap[c + 1]] < dist[heap[c]]) c++;
        if (dist[heap[c]] >= dx) break;
        heap[i] = heap[c];
        heapIdx[heap[i]] = i;
        i = c;
      }
      heap[i] = x;
      heapIdx[x] = i;
    }
    this.settled[v] = 1;
    return v;
  }
}

/** Best position free unit → n that the unit does not use yet, or -1. */
function bestFree(net: Network, n: number): number {
  const { needUnit, unitFree, bestPtr } = net;
  const end = net.needStart[n + 1];
  let i = bestPtr[n];
  while (i < end && unitFree[needUnit[i]] === 0) i++;
  bestPtr[n] = i; // full units stay full while slots arrive: skipping them is permanent
  // A unit with capacity > 1 may be free yet already on n: skip without moving the pointer.
  const { needPos, flow } = net;
  while (i < end && (flow[needPos[i]] === 1 || unitFree[needUnit[i]] === 0)) i++;
  return i < end ? needPos[i] : -1;
}

/** The position a capacity-1 unit is assigned through. */
function onPosition(net: Network, u: number): number {
  const n = net.unitOn[2 * u];
  for (let q = net.unitStart[u], qe = net.unitStart[u + 1]; q < qe; q++) if (net.posNeed[q] === n) return q;
  throw new Error("solver state: unit not on its need");
}

function assign(net: Network, p: number): void {
  const n = net.posNeed[p];
  const slot = net.assignedStart[n] + net.assignedCount[n]++;
  net.assigned[slot] = p;
  net.slotOf[p] = slot;
  net.flow[p] = 1;
  const u = net.posUnit[p];
  if (net.unitCap[u] === 1) {
    net.unitOn[2 * u] = n;
    net.unitOn[2 * u + 1] = net.posW[p];
  }
}

function unassign(net: Network, p: number): void {
  const n = net.posNeed[p];
  const last = net.assignedStart[n] + --net.assignedCount[n];
  const slot = net.slotOf[p];
  const moved = net.assigned[last];
  net.assigned[slot] = moved;
  net.slotOf[moved] = slot;
  net.flow[p] = 0;
  const u = net.posUnit[p];
  if (net.unitCap[u] === 1) net.unitOn[2 * u] = -1;
}

/** Unit u is in use for the first time: list it on every need it has an edge to. */
function touch(net: Network, u: number): void {
  const { posNeed, posW, needStart, touchedCount, touchedUnit, touchedW, touchedPos } = net;
  for (let q = net.unitStart[u], qe = net.unitStart[u + 1]; q < qe; q++) {
    const n = posNeed[q];
    const t = needStart[n] + touchedCount[n]++;
    touchedUnit[t] = u;
    touchedW[t] = posW[q];
    touchedPos[t] = q;
  }
}

/** Positions ordered by score descending, ties by position; counting sort when the range is small. */
function sortPositionsByScoreDesc(posW: Int32Array, E: number, minW: number, maxW: number): Int32Array {
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
