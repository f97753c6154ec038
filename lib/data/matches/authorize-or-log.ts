import "server-only";
import { getDb } from "@/db/client";
import type { Actor, SignedInActor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import type { Permission } from "@/lib/auth/policy";
import { writeAudit } from "@/lib/data/shared/audit";

const uuidLike = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * authorize(), and when it refuses a decision only coordinators may take, a "<action>.denied" audit
 * row written on its own, OUTSIDE any transaction (the refused request writes nothing else, but
 * the attempt stays on record; DESIGN rule 6).
 */
export async function authorizeOrLogDenial(
  actor: Actor,
  permission: Permission,
  action: string,
  object: { type: string; id: unknown },
): Promise<SignedInActor> {
  try {
    authorize(actor, permission);
    return actor;
  } catch (e) {
    const db = await getDb();
    const objectId = typeof object.id === "string" && uuidLike.test(object.id) ? object.id : null;
    await writeAudit(db, actor, { action: `${action}.denied`, objectType: object.type, objectId });
    throw e;
  }
}
