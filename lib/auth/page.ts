import "server-only";
import { notFound, redirect } from "next/navigation";
import type { SignedInActor } from "./actor.types";
import { getActor } from "./get-actor";
import { can, type Permission } from "./policy";

/** For pages: anonymous → sign-in; signed in without the permission → 404 (reveals nothing). */
export async function requirePageActor(permission: Permission = "account.manage"): Promise<SignedInActor> {
  const actor = await getActor();
  if (actor.kind !== "user") redirect("/sign-in");
  if (!can(actor, permission)) notFound();
  return actor;
}
