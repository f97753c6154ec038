import { auditLog } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import type { Actor } from "@/lib/auth/actor.types";

export type AuditEntry = {
  action: string;
  objectType: string;
  objectId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
};

/** DESIGN rule 6: written inside the same transaction as the decision it records. */
export async function writeAudit(tx: DbOrTx, actor: Actor | { id: string | null }, entry: AuditEntry): Promise<void> {
  const actorId = "kind" in actor ? (actor.kind === "user" ? actor.id : null) : actor.id;
  await tx.insert(auditLog).values({
    actorId,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId ?? null,
    before: (entry.before ?? null) as never,
    after: (entry.after ?? null) as never,
    ip: entry.ip ?? null,
  });
}
