import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { organizations } from "@/db/schema";
import type { Actor, SignedInActor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import type { Permission } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";

export type OrganizationRow = typeof organizations.$inferSelect;

/**
 * Reads an organisation and checks the actor may act on it with `permission`. A missing
 * organisation and one outside the actor's scope both answer not_found (ids reveal nothing).
 */
export async function organizationInScope(
  tx: DbOrTx,
  actor: Actor,
  organizationId: string,
  permission: Permission,
  opts: { forUpdate?: boolean } = {},
): Promise<{ actor: SignedInActor; org: OrganizationRow }> {
  authorize(actor, permission);
  const q = tx.select().from(organizations).where(eq(organizations.id, organizationId));
  const [org] = opts.forUpdate ? await q.for("update") : await q;
  if (!org) throw new AppError("not_found");
  authorize(actor, permission, { organizationId: org.id });
  return { actor, org };
}
