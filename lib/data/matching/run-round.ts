// No "server-only" marker: the job runner (instrumentation.ts, `npm run jobs:run-once`) imports this.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { candidatePreferences, interests, matchRounds, matches } from "@/db/schema";
import { rowsOf } from "@/db/rows";
import { evaluate } from "@/lib/matching/explain";
import { solveAssignment } from "@/lib/matching/solver/min-cost-flow";
import { stableMatch, type StableNeed, type StableVolunteer } from "@/lib/matching/stable";
import type { Reason } from "@/lib/matching/types";
import { todayUtc } from "@/lib/validation/calendar-dates";
import { loadNameLookup, loadNeedFacts, loadVolunteerFactsMany } from "./facts";
import { buildUnits, overlaps, type Unit } from "./round-units";
import { eligibleWindowPairs, openNeedSql } from "./shortlist-queries";

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
type Edge = { unit: number; need: number; score: number };

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
    await db.update(matchRounds).set({ status: "failed", error: message.slice(0, 2000), finishedAt: new Date() }).where(eq(matchRounds.id, roundId));
    return null;
  }
}

async function buildAndSave(db: Db, roundId: string, kind: "optimal" | "stable", startedBy: string, today: string, t0: number): Promise<RoundReport> {
  // 1. Open needs and their free slots: slots minus live placements minus open proposals (an earlier
  //    round's or anyone's), so a new round fills only what nobody has been proposed for yet.
  const needs = rowsOf<{ id: string; title: string; free: number }>(
    await db.execute(sql`SELECT n.id::text AS id, n.title,
        (n.slots - (SELECT count(*) FROM placements p WHERE p.need_id = n.id AND p.status IN ${LIVE})
                 - (SELECT count(*) FROM matches m WHERE m.need_id = n.id AND m.status = 'proposed'))::int AS free
      FROM needs n WHERE ${openNeedSql(today)} ORDER BY n.id`),
  ).map((r) => ({ ...r, free: Math.max(0, Number(r.free)) })) as OpenNeed[];
  const open = needs.filter((n) => n.free > 0);
  const needIndex = new Map(open.map((n, i) => [n.id, i]));

  // 2. Every eligible (need, volunteer, window) with its score, from the shortlist SQL.
  const rows = await eligibleWindowPairs(db, open.map((n) => n.id));
  await setProgress(db, roundId, 30);
  const volunteerIds = [...new Set(rows.map((r) => r.volunteerId))];
  const idArray = volunteerIds.length ? sql`ARRAY[${sql.join(volunteerIds.map((v) => sql`${v}`), sql`, `)}]::uuid[]` : sql`'{}'::uuid[]`;
  const [windowRows, busyRows, takenRows] = await Promise.all([
    db.execute(sql`SELECT DISTINCT volunteer_id::text AS volunteer_id, window_id::text AS window_id, lower(period)::text AS start, upper(period)::text AS "end"
      FROM matching_candidates WHERE volunteer_id = ANY (${idArray})`),
    db.execute(sql`SELECT volunteer_id::text AS volunteer_id, lower(period)::text AS start, upper(period)::text AS "end"
      FROM placements WHERE status IN ${LIVE} AND volunteer_id = ANY (${idArray})`),
    db.execute(sql`SELECT need_id::text AS need_id, volunteer_id::text AS volunteer_id FROM matches WHERE status = 'proposed' AND volunteer_id = ANY (${idArray})
      UNION SELECT need_id::text, volunteer_id::text FROM placements WHERE status IN ${LIVE} AND volunteer_id = ANY (${idArray})`),
  ]);
  const { units, unitOfWindow } = buildUnits(rowsOf<{ volunteer_id: string; window_id: string; start: string; end: string }>(windowRows).map((w) => ({ volunteerId: w.volunteer_id, windowId: w.window_id, start: w.start, end: w.end })));
  // A unit that already holds a live placement takes nothing more (DESIGN rule 2).
  const busy = new Map<string, { start: string; end: string }[]>();
  for (const b of rowsOf<{ volunteer_id: string; start: string; end: string }>(busyRows)) (busy.get(b.volunteer_id) ?? busy.set(b.volunteer_id, []).get(b.volunteer_id)!).push(b);
  const unitUsable = units.map((u) => !(busy.get(u.volunteerId) ?? []).some((b) => overlaps(u, b)));
  const taken = new Set(rowsOf<{ need_id: string; volunteer_id: string }>(takenRows).map((t) => `${t.volunteer_id}|${t.need_id}`));

  // 3. One edge per (volunteer, need): the unit giving the best score (a unit's score is its best
  //    window's), earliest unit on ties. One edge per pair also keeps a volunteer off two slots of one need.
  const best = new Map<string, Edge>();
  const eligiblePerNeed = new Map<string, Set<string>>();
  let skipped = 0;
  const skippedPairs = new Set<string>();
  for (const r of rows) {
    (eligiblePerNeed.get(r.needId) ?? eligiblePerNeed.set(r.needId, new Set()).get(r.needId)!).add(r.volunteerId);
    const pair = `${r.volunteerId}|${r.needId}`;
    if (taken.has(pair)) {
      if (!skippedPairs.has(pair)) skipped++;
      skippedPairs.add(pair);
      continue;
    }
    const unit = unitOfWindow.get(r.windowId);
    if (unit === undefined || !unitUsable[unit] || r.score <= 0) continue;
    const prev = best.get(pair);
    if (!prev || r.score > prev.score || (r.score === prev.score && unit < prev.unit)) best.set(pair, { unit, need: needIndex.get(r.needId)!, score: r.score });
  }
  const edges = [...best.values()].sort((a, b) => a.unit - b.unit || a.need - b.need);
  await setProgress(db, roundId, 50);

  // 4. Solve.
  let chosen: Edge[];
  let solver: RoundReport["solver"];
  if (kind === "optimal") {
    const solution = solveAssignment({
      unitCapacity: new Int32Array(units.length).fill(1),
      needSlots: Int32Array.from(open.map((n) => n.free)),
      edgeUnit: Int32Array.from(edges.map((e) => e.unit)),
      edgeNeed: Int32Array.from(edges.map((e) => e.need)),
      edgeScore: Int32Array.from(edges.map((e) => e.score)),
    });
    chosen = Array.from(solution.chosenEdges, (k) => edges[k]);
    solver = { ...solution.stats };
  } else {
    chosen = await stableRound(db, units, open, edges);
  }
  await setProgress(db, roundId, 75);

  // 5. Reasons from the engine, through the unit's windows only (the score the solver used), then save.
  const placedVolunteers = [...new Set(chosen.map((e) => units[e.unit].volunteerId))];
  const [facts, needFacts] = await Promise.all([loadVolunteerFactsMany(db, placedVolunteers), loadNeedFacts(db, [...new Set(chosen.map((e) => open[e.need].id))])]);
  const names = await loadNameLookup(db, needFacts.values());
  const proposals: { needId: string; volunteerId: string; score: number; reasons: Pick<Reason, "key" | "points" | "params" | "text">[] }[] = [];
  for (const e of chosen) {
    const unit = units[e.unit];
    const v = facts.get(unit.volunteerId);
    const n = needFacts.get(open[e.need].id);
    if (!v || !n) continue;
    const inUnit = { ...v, availability: v.availability.filter((w) => w.start < unit.end && unit.start < w.end) };
    const ev = evaluate(inUnit, n, names);
    if (!ev.eligible) continue; // facts changed while the round ran; the pair is no longer eligible
    proposals.push({ needId: n.id, volunteerId: v.id, score: ev.score, reasons: ev.reasons.map(({ key, points, params, text }) => ({ key, points, params, text })) });
  }

  const filledPerNeed = new Map<string, number>();
  for (const p of proposals) filledPerNeed.set(p.needId, (filledPerNeed.get(p.needId) ?? 0) + 1);
  const placedOf = new Map<string, Set<string>>();
  for (const p of proposals) (placedOf.get(p.needId) ?? placedOf.set(p.needId, new Set()).get(p.needId)!).add(p.volunteerId);
  const emptyNeeds = open
    .filter((n) => !filledPerNeed.has(n.id))
    .map((n) => {
      const eligible = eligiblePerNeed.get(n.id)?.size ?? 0;
      return { needId: n.id, title: n.title, eligible, reason: (eligible === 0 ? "no_eligible_volunteer" : "all_eligible_taken") as EmptyNeedReason };
    });
  const report: RoundReport = {
    kind,
    needsConsidered: open.length,
    slotsOpen: open.reduce((s, n) => s + n.free, 0),
    slotsFilled: proposals.length,
    needsFilled: open.filter((n) => (filledPerNeed.get(n.id) ?? 0) >= n.free).length,
    needsPartlyFilled: open.filter((n) => (filledPerNeed.get(n.id) ?? 0) > 0 && (filledPerNeed.get(n.id) ?? 0) < n.free).length,
    needsLeftEmpty: emptyNeeds.length,
    emptyNeeds: emptyNeeds.slice(0, 200),
    volunteersConsidered: new Set(units.map((u) => u.volunteerId)).size,
    unitsConsidered: units.filter((_, i) => unitUsable[i]).length,
    eligiblePairs: edges.length,
    pairsSkipped: skipped,
    volunteersPlaced: new Set(proposals.map((p) => p.volunteerId)).size,
    totalScore: proposals.reduce((s, p) => s + p.score, 0),
    durationMs: 0,
    solver,
  };
  await db.transaction(async (tx) => {
    for (let i = 0; i < proposals.length; i += 500) {
      const batch = proposals.slice(i, i + 500).map((p) => ({ ...p, source: "round" as const, roundId, status: "proposed" as const, createdBy: startedBy }));
      // matches_open_pair_uq: a proposal made for the pair while the round ran wins; ours is dropped.
      if (batch.length) await tx.insert(matches).values(batch).onConflictDoNothing();
    }
    report.durationMs = Math.round(performance.now() - t0);
    await tx.update(matchRounds).set({ status: "done", progress: 100, finishedAt: new Date(), report }).where(eq(matchRounds.id, roundId));
  });
  return report;
}

/**
 * Stable round: units propose (Gale–Shapley with capacities). A unit ranks the needs it is eligible
 * for by the volunteer's interest rank (interests.rank, live interests only), then score; a need
 * ranks its eligible units by the organisation's candidate_preferences rank, then score, then id.
 */
async function stableRound(db: DbOrTx, units: Unit[], open: OpenNeed[], edges: Edge[]): Promise<Edge[]> {
  const volunteerIds = [...new Set(units.map((u) => u.volunteerId))];
  const needIds = open.map((n) => n.id);
  const [ints, prefs] = volunteerIds.length && needIds.length
    ? await Promise.all([
        db.select({ v: interests.volunteerId, n: interests.needId, rank: interests.rank }).from(interests)
          .where(and(inArray(interests.needId, needIds), sql`${interests.rank} IS NOT NULL`, sql`${interests.status} NOT IN ('withdrawn', 'not_suitable')`)),
        db.select({ v: candidatePreferences.volunteerId, n: candidatePreferences.needId, rank: candidatePreferences.rank }).from(candidatePreferences).where(inArray(candidatePreferences.needId, needIds)),
      ])
    : [[], []];
  const interestRank = new Map(ints.map((i) => [`${i.v}|${i.n}`, i.rank as number]));
  const prefRank = new Map(prefs.map((p) => [`${p.v}|${p.n}`, p.rank]));
  const rankOr = (m: Map<string, number>, k: string) => m.get(k) ?? Number.MAX_SAFE_INTEGER;
  const byUnit = new Map<number, Edge[]>();
  const byNeed = new Map<number, Edge[]>();
  for (const e of edges) {
    (byUnit.get(e.unit) ?? byUnit.set(e.unit, []).get(e.unit)!).push(e);
    (byNeed.get(e.need) ?? byNeed.set(e.need, []).get(e.need)!).push(e);
  }
  const key = (e: Edge) => `${units[e.unit].volunteerId}|${open[e.need].id}`;
  const stableUnits: StableVolunteer[] = [...byUnit.entries()].map(([u, es]) => ({
    id: String(u),
    ranking: es.sort((a, b) => rankOr(interestRank, key(a)) - rankOr(interestRank, key(b)) || b.score - a.score || (open[a.need].id < open[b.need].id ? -1 : 1)).map((e) => String(e.need)),
  }));
  const stableNeeds: StableNeed[] = [...byNeed.entries()].map(([n, es]) => ({
    id: String(n),
    slots: open[n].free,
    ranking: es.sort((a, b) => rankOr(prefRank, key(a)) - rankOr(prefRank, key(b)) || b.score - a.score || (units[a.unit].key < units[b.unit].key ? -1 : 1)).map((e) => String(e.unit)),
  }));
  const edgeOf = new Map(edges.map((e) => [`${e.unit}|${e.need}`, e]));
  return stableMatch(stableUnits, stableNeeds).map(([u, n]) => edgeOf.get(`${u}|${n}`)!);
}
