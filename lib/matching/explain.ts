// evaluate(): the one entry that turns a (volunteer, need) pair into either exclusions or an
// integer score with the reasons that add up to it (DESIGN rule 4).

import { exclusionsFor, bestOverlapDays } from "./eligibility";
import { scoreComponents } from "./score";
import type { Evaluation, NameLookup, NeedFacts, VolunteerFacts } from "./types";

export function evaluate(volunteer: VolunteerFacts, need: NeedFacts, names?: NameLookup): Evaluation {
  const exclusions = exclusionsFor(volunteer, need, names);
  if (exclusions.length > 0) return { eligible: false, exclusions };
  const reasons = scoreComponents(volunteer, need, names);
  const score = reasons.reduce((sum, r) => sum + r.points, 0);
  return { eligible: true, score, reasons, overlapDays: bestOverlapDays(volunteer, need) };
}
