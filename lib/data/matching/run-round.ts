// No "server-only" marker: the job runner (instrumentation.ts, `npm run jobs:run-once`) imports this.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { candidatePreferences, interests, matchRounds, matches } from "@/db/schema";
import { rowsOf } from "@/db/rows";
import { evaluate } from "@/lib/matching/explain";
import { buildRoundEdges, type RoundEdge } from "@/lib/matching/round-edges";
import { solveAssignment } from "@/lib/matching/solver/min-cost-flow";
import { stableMatch, type StableNeed, type StableVolunteer } from "@/lib/matching/stable";
import type { Reason } from "@/lib/matching/types";
import { todayUtc } from "@/lib/validation/calendar-dates";
import { loadNameLookup, loadNeedFacts, loadVolunteerFactsMany } from "./facts";
import { buildUnits, overlaps, type Unit } from "./round-units";
import { eligibleWindowPairs, openNeedSql, type PairWindowRow } from "./shortlist-queries";

export type EmptyNeedReason = "no_eligible_volunteer" | "all_eligible_taken";
export type RoundReport = {
  kind: "optimal" | "stable";
  needsConsidered: number;
  slotsOpen: number;
  slotsFilled: number;
  needsFilled: number;
  needsPartlyFilled: number;
  needsLeftEmpty: number;
  /** The first 200 needs left empty, with why. */
  emptyNeeds: { needId: string; title: string; reason: EmptyNeedReason; eligible: number }[];
  volunteersConsidered: number;
  unitsConsidered: number;
  eligiblePairs: number;
  /** Pairs left out because they already have an open proposal or a live placement. */
  pairsSkipped: number;
  volunteersPlaced: number;
  totalScore: number;
  durationMs: number;
  solver?: { phases: number; augmentations: number; edges: number; searchArcs: number };
};

type OpenNeed = { id: string; title: string; free: number };

const LIVE = sql`('offered', 'scheduled', 'active')`;

async function setProgress(db: DbOrTx, roundId: string, progress: number) {
  await db.update(matchRounds).set({ progress }).where(eq(matchRounds.id, roundId));
}

/**
 * Runs a queued round (the "matching.round" job): builds the instance from the shortlist SQL over
 * every open need with free slots and every consenting volunteer (matching_candidates), solves it
 * exactly (optimal: lib/matching/solver) or stably (stable: lib/matching/stable with interest and
 * candidate-preference ranks, then score), and saves the result as proposed matches with reasons
 * and the round's id. Nothing is approved here (DESIGN rules 5 and 6). Idempotent: a round that is
 * not queued any more is left alone; a failure marks the round failed with its message.
 */
export async function runRound(db: Db, roundId: string, now = new Date()): Promise<RoundReport | null> {
  const claimed = rowsOf<{ kind: "optimal" | "stable"; started_by: string }>(
    await db.execute(sql`UPDATE match_rounds SET status = 'running', started_at = now(), progress = 5
      WHERE id = ${roundId}::uuid AND status = 'queued' RETURNING kind, started_by::text AS started_by`),
  );
  if (claimed.length === 0) return null;
  const { kind, started_by: startedBy } = claimed[0];
  const t0 = performance.now();
  try {
    const report = await buildAndSave(db, roundId, kind, startedBy, todayUtc(now), t0);
    return report;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await db
      .update(matchRounds)
      .set({ status: "failed", error: message.slice(0, 2000), finishedAt: new Date() })
      .where(eq(matchRounds.id, roundId));
    return null;
  }
}

async function buildAndSave(db: Db, roundId: string, kind: "optimal" | "stable", startedBy: string, today: string, t0: number): Promise<RoundReport> {
  const input = await loadRoundInput(db, roundId, today);
  const { open, units, unitUsable } = input;
  const { edges, eligiblePerNeed, skipped } = buildRoundEdges({ ...input, needIndex: new Map(open.map((n, i) => [n.id, i])) });
  await setProgress(db, roundId, 50);
  const { chosen, solver } = await solveRound(db, kind, units, open, edges);
  await setProgress(db, roundId, 75);
  const proposals = await explainProposals(db, chosen, units, open);
  const report = roundReport({ kind, open, units, unitUsable, edges, eligiblePerNeed, skipped, proposals, solver });
  await saveRound(db, roundId, startedBy, proposals, report, t0);
  return report;
}

type RoundInput = {
  open: OpenNeed[];
  pairs: PairWindowRow[];
  units: Unit[];
  unitOfWindow: Map<string, number>;
  unitUsable: boolean[];
  taken: Set<string>;
};

/** Open needs with free slots, every eligible (need, volunteer, window), and the volunteers' units. */
async function loadRoundInput(db: Db, roundId: string, today: string): Promise<RoundInput> {
  // Free slots: slots minus live placements minus open proposals (an earlier round's or anyone's),
  // so a new round fills only what nobody has been proposed for yet.
  const needs = rowsOf<{ id: string; title: string; free: number }>(
    await db.execute(sql`SELECT n.id::text AS id, n.title,
        (n.slots - (SELECT count(*) FROM placements p WHERE p.need_id = n.id AND p.status IN ${LIVE})
                 - (SELECT count(*) FROM matches m WHERE m.need_id = n.id AND m.status = 'proposed'))::int AS free
      FROM needs n WHERE ${openNeedSql(today)} ORDER BY n.id`),
  ).map((r) => ({ ...r, free: Math.max(0, Number(r.free)) })) as OpenNeed[];
  const open = needs.filter((n) => n.free > 0);

  const pairs = await eligibleWindowPairs(
    db,
    open.map((n) => n.id),
  );
  await setProgress(db, roundId, 30);
  const volunteerIds = [...new Set(pairs.map((r) => r.volunteerId))];
  const idArray = volunteerIds.length
    ? sql`ARRAY[${sql.join(
        volunteerIds.map((v) => sql`${v}`),
        sql`, `,
      )}]::uuid[]`
    : sql`'{}'::uuid[]`;
  const [windowRows, busyRows, takenRows] = await Promise.all([
    db.execute(sql`SELECT DISTINCT volunteer_id::text AS volunteer_id, window_id::text AS window_id, lower(period)::text AS start, upper(period)::text AS "end"
      FROM matching_candidates WHERE volunteer_id = ANY (${idArray})`),
    db.execute(sql`SELECT volunteer_id::text AS volunteer_id, lower(period)::text AS start, upper(period)::text AS "end"
      FROM placements WHERE status IN ${LIVE} AND volunteer_id = ANY (${idArray})`),
    db.execute(sql`SELECT need_id::text AS need_id, volunteer_id::text AS volunteer_id FROM matches WHERE status = 'proposed' AND volunteer_id = ANY (${idArray})
      UNION SELECT need_id::text, volunteer_id::text FROM placements WHERE status IN ${LIVE} AND volunteer_id = ANY (${idArray})`),
  ]);
  const { units, unitOfWindow } = buildUnits(
    rowsOf<{ volunteer_id: string; window_id: string; start: string; end: string }>(windowRows).map((w) => ({
      volunteerId: w.volunteer_id,
      windowId: w.window_id,
      start: w.start,
      end: w.end,
    })),
  );
  // A unit that already holds a live placement takes nothing more (DESIGN rule 2).
  const busy = new Map<string, { start: string; end: string }[]>();
  for (const b of rowsOf<{ volunteer_id: string; start: string; end: string }>(busyRows))
    (busy.get(b.volunteer_id) ?? busy.set(b.volunteer_id, []).get(b.volunteer_id)!).push(b);
  const unitUsable = units.map((u) => !(busy.get(u.volunteerId) ?? []).some((b) => overlaps(u, b)));
  const taken = new Set(rowsOf<{ need_id: string; volunteer_id: string }>(takenRows).map((t) => `${t.volunteer_id}|${t.need_id}`));
  return { open, pairs, units, unitOfWindow, unitUsable, taken };
}

/** Optimal: the exact min-cost-flow solver. Stable: Gale–Shapley over both sides' ranks. */
async function solveRound(
  db: Db,
  kind: "optimal" | "stable",
  units: Unit[],
  open: OpenNeed[],
  edges: RoundEdge[],
): Promise<{ chosen: RoundEdge[]; solver?: RoundReport["solver"] }> {
  if (kind === "stable") return { chosen: await stableRound(db, units, open, edges) };
  const solution = solveAssignment({
    unitCapacity: new Int32Array(units.length).fill(1),
    needSlots: Int32Array.from(open.map((n) => n.free)),
    edgeUnit: Int32Array.from(edges.map((e) => e.unit)),
    edgeNeed: Int32Array.from(edges.map((e) => e.need)),
    edgeScore: Int32Array.from(edges.map((e) => e.score)),
  });
  return { chosen: Array.from(solution.chosenEdges, (k) => edges[k]), solver: { ...solution.stats } };
}

type Proposal = { needId: string; volunteerId: string; score: number; reasons: Pick<Reason, "key" | "points" | "params" | "text">[] };

/** Reasons from the engine, through the unit's windows only (the score the solver used). */
async function explainProposals(db: Db, chosen: RoundEdge[], units: Unit[], open: OpenNeed[]): Promise<Proposal[]> {
  const placedVolunteers = [...new Set(chosen.map((e) => units[e.unit].volunteerId))];
  const [facts, needFacts] = await Promise.all([
    loadVolunteerFactsMany(db, placedVolunteers),
    loadNeedFacts(db, [...new Set(chosen.map((e) => open[e.need].id))]),
  ]);
  const names = await loadNameLookup(db, needFacts.values());
  const proposals: Proposal[] = [];
  for (const e of chosen) {
    const unit = units[e.unit];
    const v = facts.get(unit.volunteerId);
    const n = needFacts.get(open[e.need].id);
    if (!v || !n) continue;
    const inUnit = { ...v, availability: v.availability.filter((w) => w.start < unit.end && unit.start < w.end) };
    const ev = evaluate(inUnit, n, names);
    if (!ev.eligible) continue; // facts changed while the round ran; the pair is no longer eligible
    proposals.push({
      needId: n.id,
      volunteerId: v.id,
      score: ev.score,
      reasons: ev.reasons.map(({ key, points, params, text }) => ({ key, points, params, text })),
    });
  }
  return proposals;
}

function roundReport(r: {
  kind: "optimal" | "stable";
  open: OpenNeed[];
  units: Unit[];
  unitUsable: boolean[];
  edges: RoundEdge[];
  eligiblePerNeed: Map<string, Set<string>>;
  skipped: number;
  proposals: Proposal[];
  solver?: RoundReport["solver"];
}): RoundReport {
  const { open, proposals } = r;
  const filledPerNeed = new Map<string, number>();
  for (const p of proposals) filledPerNeed.set(p.needId, (filledPerNeed.get(p.needId) ?? 0) + 1);
  const emptyNeeds = open
    .filter((n) => !filledPerNeed.has(n.id))
    .map((n) => {
      const eligible = r.eligiblePerNeed.get(n.id)?.size ?? 0;
      return { needId: n.id, title: n.title, eligible, reason: (eligible === 0 ? "no_eligible_volunteer" : "all_eligible_taken") as EmptyNeedReason };
    });
  return {
    kind: r.kind,
    needsConsidered: open.length,
    slotsOpen: open.reduce((s, n) => s + n.free, 0),
    slotsFilled: proposals.length,
    needsFilled: open.filter((n) => (filledPerNeed.get(n.id) ?? 0) >= n.free).length,
    needsPartlyFilled: open.filter((n) => (filledPerNeed.get(n.id) ?? 0) > 0 && (filledPerNeed.get(n.id) ?? 0) < n.free).length,
    needsLeftEmpty: emptyNeeds.length,
    emptyNeeds: emptyNeeds.slice(0, 200),
    volunteersConsidered: new Set(r.units.map((u) => u.volunteerId)).size,
    unitsConsidered: r.units.filter((_, i) => r.unitUsable[i]).length,
    eligiblePairs: r.edges.length,
    pairsSkipped: r.skipped,
    volunteersPlaced: new Set(proposals.map((p) => p.volunteerId)).size,
    totalScore: proposals.reduce((s, p) => s + p.score, 0),
    durationMs: 0,
    solver: r.solver,
  };
}

/** The proposals and the finished round in one transaction; nothing is approved (DESIGN rule 6). */
async function saveRound(db: Db, roundId: string, startedBy: string, proposals: Proposal[], report: RoundReport, t0: number): Promise<void> {
  await db.transaction(async (tx) => {
    for (let i = 0; i < proposals.length; i += 500) {
      const batch = proposals.slice(i, i + 500).map((p) => ({ ...p, source: "round" as const, roundId, status: "proposed" as const, createdBy: startedBy }));
      // matches_open_pair_uq: a proposal made for the pair while the round ran wins; ours is dropped.
      if (batch.length) await tx.insert(matches).values(batch).onConflictDoNothing();
    }
    report.durationMs = Math.round(performance.now() - t0);
    await tx.update(matchRounds).set({ status: "done", progress: 100, finishedAt: new Date(), report }).where(eq(matchRounds.id, roundId));
  });
}

/**
 * Stable round: units propose (Gale–Shapley with capacities). A unit ranks the needs it is eligible
 * for by the volunteer's interest rank (interests.rank, live interests only), then score; a need
 * ranks its eligible units by the organisation's candidate_preferences rank, then score, then id.
 */
async function stableRound(db: DbOrTx, units: Unit[], open: OpenNeed[], edges: RoundEdge[]): Promise<RoundEdge[]> {
  const volunteerIds = [...new Set(units.map((u) => u.volunteerId))];
  const needIds = open.map((n) => n.id);
  const [ints, prefs] =
    volunteerIds.length && needIds.length
      ? await Promise.all([
          db
            .select({ v: interests.volunteerId, n: interests.needId, rank: interests.rank })
            .from(interests)
            .where(and(inArray(interests.needId, needIds), sql`${interests.rank} IS NOT NULL`, sql`${interests.status} NOT IN ('withdrawn', 'not_suitable')`)),
          db
            .select({ v: candidatePreferences.volunteerId, n: candidatePreferences.needId, rank: candidatePreferences.rank })
            .from(candidatePreferences)
            .where(inArray(candidatePreferences.needId, needIds)),
        ])
      : [[], []];
  const interestRank = new Map(ints.map((i) => [`${i.v}|${i.n}`, i.rank as number]));
  const prefRank = new Map(prefs.map((p) => [`${p.v}|${p.n}`, p.rank]));
  const rankOr = (m: Map<string, number>, k: string) => m.get(k) ?? Number.MAX_SAFE_INTEGER;
  const byUnit = new Map<number, RoundEdge[]>();
  const byNeed = new Map<number, RoundEdge[]>();
  for (const e of edges) {
    (byUnit.get(e.unit) ?? byUnit.set(e.unit, []).get(e.unit)!).push(e);
    (byNeed.get(e.need) ?? byNeed.set(e.need, []).get(e.need)!).push(e);
  }
  const key = (e: RoundEdge) => `${units[e.unit].volunteerId}|${open[e.need].id}`;
  const stableUnits: StableVolunteer[] = [...byUnit.entries()].map(([u, es]) => ({
    id: String(u),
    ranking: es
      .sort((a, b) => rankOr(interestRank, key(a)) - rankOr(interestRank, key(b)) || b.score - a.score || (open[a.need].id < open[b.need].id ? -1 : 1))
      .map((e) => String(e.need)),
  }));
  const stableNeeds: StableNeed[] = [...byNeed.entries()].map(([n, es]) => ({
    id: String(n),
    slots: open[n].free,
    ranking: es
      .sort((a, b) => rankOr(prefRank, key(a)) - rankOr(prefRank, key(b)) || b.score - a.score || (units[a.unit].key < units[b.unit].key ? -1 : 1))
      .map((e) => String(e.unit)),
  }));
  const edgeOf = new Map(edges.map((e) => [`${e.unit}|${e.need}`, e]));
  return stableMatch(stableUnits, stableNeeds).map(([u, n]) => edgeOf.get(`${u}|${n}`)!);
}
