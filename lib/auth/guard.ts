import { AppError } from "@/lib/errors";
import type { Actor, SignedInActor } from "./actor.types";
import { can, type Permission, type Target } from "./policy";

/**
 * The one guard every use case calls. Anonymous → unauthenticated. A signed-in actor refused on a
 * specific object gets not_found (ids reveal nothing, CONVENTIONS); refused outright, forbidden.
 */
export function authorize(actor: Actor, permission: Permission, target?: Target): asserts actor is SignedInActor {
  if (can(actor, permission, target)) {
    if (actor.kind !== "user") throw new AppError("unauthenticated");
    return;
  }
  if (actor.kind !== "user") throw new AppError("unauthenticated");
  if (target && can(actor, permission)) throw new AppError("not_found");
  throw new AppError(target ? "not_found" : "forbidden");
}

/** Same as authorize but allows anonymous actors on public permissions. */
export function authorizePublic(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new AppError(actor.kind === "user" ? "forbidden" : "unauthenticated");
}
