import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { needs } from "@/db/schema";
import type { Actor, SignedInActor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import type { Permission } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";

export type NeedRow = typeof needs.$inferSelect;

/**
 * Reads a need and checks the actor may act on it. A need of another organisation answers
 * not_found exactly like a missing one, before anything is changed (issue 4).
 */
export async function needInScope(
  tx: DbOrTx,
  actor: Actor,
  needId: string,
  permission: Permission,
  opts: { forUpdate?: boolean } = {},
): Promise<{ actor: SignedInActor; need: NeedRow }> {
  authorize(actor, permission);
  const q = tx.select().from(needs).where(eq(needs.id, needId));
  const [need] = opts.forUpdate ? await q.for("update") : await q;
  if (!need) throw new AppError("not_found");
  authorize(actor, permission, { organizationId: need.organizationId });
  return { actor, need };
}
