import "server-only";
import type { Explainer } from "@/lib/data/matches/propose-match";
import { evaluate } from "@/lib/matching/explain";
import { loadNameLookup, loadNeedFacts, loadVolunteerFactsMany } from "./facts";

/**
 * The matching engine as proposeMatch's explainer: a coordinator's pick from a shortlist carries the
 * engine's score and reasons (DESIGN rule 4), and an ineligible pair is refused (null).
 */
export const engineExplainer: Explainer = async (tx, needId, volunteerId) => {
  const [needs, volunteers] = await Promise.all([loadNeedFacts(tx, [needId]), loadVolunteerFactsMany(tx, [volunteerId])]);
  const need = needs.get(needId);
  const volunteer = volunteers.get(volunteerId);
  if (!need || !volunteer) return null;
  const e = evaluate(volunteer, need, await loadNameLookup(tx, [need]));
  return e.eligible ? { score: e.score, reasons: e.reasons.map(({ key, points, params, text }) => ({ key, points, params, text })) } : null;
};
