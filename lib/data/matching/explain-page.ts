// No "server-only" marker: the benchmark (bench/shortlist.ts) imports this.
import type { DbOrTx } from "@/db/client";
import { evaluate } from "@/lib/matching/explain";
import type { NameLookup, NeedFacts, Reason, VolunteerFacts } from "@/lib/matching/types";
import { loadNameLookup, loadNeedFacts, loadVolunteerFactsMany } from "./facts";
import type { ScoredId } from "./shortlist-queries";

export type Explained = { id: string; score: number; reasons: Reason[] };

/**
 * Reasons for one page of a shortlist from the pure engine (DESIGN rule 4), with facts loaded for
 * that page only. SQL chose and ordered the page; the engine must agree on every score (the parity
 * test guards it). A row the engine no longer finds eligible (its facts changed between the two
 * reads) is dropped rather than shown with reasons that do not add up.
 */
export function explainRows(rows: ScoredId[], pair: (id: string) => { v: VolunteerFacts; n: NeedFacts } | null, names?: NameLookup): Explained[] {
  const out: Explained[] = [];
  for (const r of rows) {
    const p = pair(r.id);
    if (!p) continue;
    const e = evaluate(p.v, p.n, names);
    if (e.eligible) out.push({ id: r.id, score: e.score, reasons: e.reasons });
  }
  return out;
}

/** Volunteers of a need's page, explained. */
export async function explainVolunteersForNeed(db: DbOrTx, need: NeedFacts, rows: ScoredId[]): Promise<Explained[]> {
  const [volunteers, names] = await Promise.all([
    loadVolunteerFactsMany(
      db,
      rows.map((r) => r.id),
    ),
    loadNameLookup(db, [need]),
  ]);
  return explainRows(rows, (id) => (volunteers.get(id) ? { v: volunteers.get(id)!, n: need } : null), names);
}

/** Needs of a volunteer's page, explained. */
export async function explainNeedsForVolunteer(
  db: DbOrTx,
  volunteer: VolunteerFacts,
  rows: ScoredId[],
): Promise<{ explained: Explained[]; needs: Map<string, NeedFacts>; districts: Map<string, string> }> {
  const needs = await loadNeedFacts(
    db,
    rows.map((r) => r.id),
  );
  const names = await loadNameLookup(db, needs.values());
  const explained = explainRows(rows, (id) => (needs.get(id) ? { v: volunteer, n: needs.get(id)! } : null), names);
  return { explained, needs, districts: names.districts };
}
