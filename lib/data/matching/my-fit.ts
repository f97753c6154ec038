import "server-only";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { getPublicNeed } from "@/lib/data/needs/get-public-need";
import { loadVolunteerFacts } from "@/lib/data/volunteers/volunteer-facts";
import { AppError } from "@/lib/errors";
import { evaluate } from "@/lib/matching/explain";
import type { Exclusion, Reason } from "@/lib/matching/types";
import { uuid } from "@/lib/validation/common";
import { loadNeedFacts } from "./facts";

export type MyFit = { state: "profile_missing" } | { state: "eligible"; score: number; reasons: Reason[] } | { state: "excluded"; exclusions: Exclusion[] };

/**
 * How the signed-in volunteer fits one public need, in the engine's words (DESIGN rule 4): the
 * score and its reasons, or every hard requirement they do not meet. It answers "why is this need
 * not among mine?" on the need's page; the same engine ranks "needs for me" and the shortlists.
 */
export async function getMyFitForNeed(actor: Actor, input: { needId: unknown }): Promise<MyFit> {
  authorize(actor, "interest.manage", { ownerId: actor.kind === "user" ? actor.id : null });
  const parsed = uuid.safeParse(input.needId);
  if (!parsed.success) throw new AppError("not_found");
  // Only needs anyone may read (open, of a verified organisation): the one visibility rule.
  await getPublicNeed(actor, parsed.data);
  const db = await getDb();
  const [volunteer, needs] = await Promise.all([loadVolunteerFacts(db, actor.id), loadNeedFacts(db, [parsed.data])]);
  if (!volunteer) return { state: "profile_missing" };
  const need = needs.get(parsed.data);
  if (!need) throw new AppError("not_found");
  const e = evaluate(volunteer, need);
  return e.eligible ? { state: "eligible", score: e.score, reasons: e.reasons } : { state: "excluded", exclusions: e.exclusions };
}
