// In-memory ranking over arrays: the fallback and the reference for the SQL shortlist.

import { evaluate } from "./explain";
import type { NameLookup, NeedFacts, Reason, VolunteerFacts } from "./types";

export interface Ranked {
  id: string;
  score: number;
  reasons: Reason[];
}

function byScoreThenId(a: Ranked, b: Ranked): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Eligible needs for one volunteer, best first ("needs for me"). */
export function rankNeedsForVolunteer(volunteer: VolunteerFacts, needs: readonly NeedFacts[], names?: NameLookup): Ranked[] {
  const out: Ranked[] = [];
  for (const need of needs) {
    const e = evaluate(volunteer, need, names);
    if (e.eligible) out.push({ id: need.id, score: e.score, reasons: e.reasons });
  }
  return out.sort(byScoreThenId);
}

/** Eligible volunteers for one need, best first (the candidate list). */
export function rankVolunteersForNeed(need: NeedFacts, volunteers: readonly VolunteerFacts[], names?: NameLookup): Ranked[] {
  const out: Ranked[] = [];
  for (const volunteer of volunteers) {
    const e = evaluate(volunteer, need, names);
    if (e.eligible) out.push({ id: volunteer.id, score: e.score, reasons: e.reasons });
  }
  return out.sort(byScoreThenId);
}
