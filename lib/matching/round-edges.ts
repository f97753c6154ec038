// The edges of a matching round's assignment problem (DESIGN rule 5). PURE: no database.
// From every eligible (need, volunteer, window) with its score, one edge per (volunteer, need): the
// unit giving the best score (a unit's score is its best window's), the earliest unit on ties. One
// edge per pair also keeps a volunteer off two slots of one need.

export type ScoredWindowPair = { needId: string; volunteerId: string; windowId: string; score: number };
export type RoundEdge = { unit: number; need: number; score: number };

export type RoundEdgesInput = {
  pairs: readonly ScoredWindowPair[];
  /** Index of each open need with free slots; pairs for other needs are ignored. */
  needIndex: ReadonlyMap<string, number>;
  unitOfWindow: ReadonlyMap<string, number>;
  /** False for a unit that already holds a live placement (DESIGN rule 2): it takes nothing more. */
  unitUsable: readonly boolean[];
  /** `${volunteerId}|${needId}` of pairs that already have an open proposal or a live placement. */
  taken: ReadonlySet<string>;
};

export type RoundEdges = {
  /** Sorted by unit, then need: the solver's input order, so results are deterministic. */
  edges: RoundEdge[];
  /** Volunteers eligible for each need before anything is skipped (the report's "why empty"). */
  eligiblePerNeed: Map<string, Set<string>>;
  /** Distinct pairs left out because they were taken. */
  skipped: number;
};

export function buildRoundEdges({ pairs, needIndex, unitOfWindow, unitUsable, taken }: RoundEdgesInput): RoundEdges {
  const best = new Map<string, RoundEdge>();
  const eligiblePerNeed = new Map<string, Set<string>>();
  const skippedPairs = new Set<string>();
  for (const r of pairs) {
    (eligiblePerNeed.get(r.needId) ?? eligiblePerNeed.set(r.needId, new Set()).get(r.needId)!).add(r.volunteerId);
    const pair = `${r.volunteerId}|${r.needId}`;
    if (taken.has(pair)) {
      skippedPairs.add(pair);
      continue;
    }
    const unit = unitOfWindow.get(r.windowId);
    const need = needIndex.get(r.needId);
    if (unit === undefined || need === undefined || !unitUsable[unit] || r.score <= 0) continue;
    const prev = best.get(pair);
    if (!prev || r.score > prev.score || (r.score === prev.score && unit < prev.unit)) best.set(pair, { unit, need, score: r.score });
  }
  const edges = [...best.values()].sort((a, b) => a.unit - b.unit || a.need - b.need);
  return { edges, eligiblePerNeed, skipped: skippedPairs.size };
}
