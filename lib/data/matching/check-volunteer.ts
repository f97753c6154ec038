import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { userRoles, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { needInScope } from "@/lib/data/needs/need-scope";
import { parseInput } from "@/lib/data/shared/parse";
import { loadVolunteerFacts } from "@/lib/data/volunteers/volunteer-facts";
import { AppError } from "@/lib/errors";
import { evaluate } from "@/lib/matching/explain";
import type { Exclusion, Reason } from "@/lib/matching/types";
import { checkVolunteerSchema } from "@/lib/validation/matching";
import { loadNeedFacts } from "./facts";

export type VolunteerCheck =
  | { state: "unknown" }
  | { state: "profile_missing"; name: string }
  | { state: "eligible"; name: string; score: number; reasons: Reason[] }
  | { state: "excluded"; name: string; exclusions: Exclusion[] };

/**
 * A coordinator's "why is this volunteer not on the shortlist?" (DESIGN rule 4): the engine's
 * verdict on one volunteer, found by email, for one need: the score and reasons, or every hard
 * requirement not met. Coordinators only: organisations see candidates, never arbitrary volunteers.
 */
export async function checkVolunteerForNeed(actor: Actor, input: unknown): Promise<VolunteerCheck> {
  authorize(actor, "match.propose");
  const { needId, email } = parseInput(checkVolunteerSchema, input);
  const db = await getDb();
  await needInScope(db, actor, needId, "match.propose");
  const [user] = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "volunteer")))
    .where(and(eq(users.email, email), eq(users.status, "active"), isNull(users.deletedAt)));
  if (!user) return { state: "unknown" };
  const [volunteer, needs] = await Promise.all([loadVolunteerFacts(db, user.id), loadNeedFacts(db, [needId])]);
  if (!volunteer) return { state: "profile_missing", name: user.name };
  const need = needs.get(needId);
  if (!need) throw new AppError("not_found");
  const e = evaluate(volunteer, need);
  return e.eligible
    ? { state: "eligible", name: user.name, score: e.score, reasons: e.reasons }
    : { state: "excluded", name: user.name, exclusions: e.exclusions };
}
