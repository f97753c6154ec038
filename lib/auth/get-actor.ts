import "server-only";
import { cache } from "react";
import { auth } from "./index";
import { anonymous, type Actor, type SignedInActor } from "./actor.types";
import { loadActorForSession } from "@/lib/data/accounts/sessions";
import { AppError } from "@/lib/errors";

/** The actor for this request, read from the database once per request (React cache). */
export const getActor = cache(async (): Promise<Actor> => {
  const session = await auth();
  const sid = (session as { sid?: string } | null)?.sid;
  if (!sid) return anonymous;
  return (await loadActorForSession(sid)) ?? anonymous;
});

export async function requireActor(): Promise<SignedInActor> {
  const actor = await getActor();
  if (actor.kind !== "user") throw new AppError("unauthenticated");
  return actor;
}
