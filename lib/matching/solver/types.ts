// Input and output of the exact assignment solver (DESIGN rule 5: optimal rounds).
//
// The problem is a max-weight bipartite b-matching: units (a volunteer's disjoint availability
// window, or a volunteer as a whole in `match:solve`) on one side, needs on the other. A unit takes at
// most `unitCapacity[u]` needs and never the same need twice; a need takes at most `needSlots[n]`
// units; slots may stay empty. Edges are (unit, need, integer score); the solver maximises the sum.

export interface AssignmentProblem {
  /** Per unit: how many different needs it may take (usually 1). */
  unitCapacity: ArrayLike<number>;
  /** Per need: how many units it may take. */
  needSlots: ArrayLike<number>;
  /** Edge k joins unit edgeUnit[k] to need edgeNeed[k] with integer score edgeScore[k]. */
  edgeUnit: ArrayLike<number>;
  edgeNeed: ArrayLike<number>;
  edgeScore: ArrayLike<number>;
}

export interface AssignmentStats {
  /** Dijkstra runs (at most one per arriving slot or unit; see min-cost-flow.ts). */
  phases: number;
  /** Arrivals that changed the assignment (each applied one augmenting path). */
  augmentations: number;
  /** Edges kept after dropping non-positive scores. */
  edges: number;
  /** Arcs scanned by all shortest-path searches: a machine-independent measure of work. */
  searchArcs: number;
}

export interface AssignmentSolution {
  /** Sum of the chosen edges' scores. */
  total: number;
  /** Indices into the problem's edge arrays, ascending. */
  chosenEdges: Int32Array;
  stats: AssignmentStats;
}

/** Scores must be safe integers this small so that potentials (sums along paths) stay exact. */
export const MAX_ABS_SCORE = 1_000_000_000;
