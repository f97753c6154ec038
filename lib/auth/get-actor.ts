import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { anonymous, type Actor, type SignedInActor } from "./actor.types";
import { sessionIdFromCookies } from "./session-cookie";
import { loadActorForSession } from "@/lib/data/accounts/sessions";
import { AppError } from "@/lib/errors";
import { noteRequestActor } from "@/lib/ops/request-context";

/**
 * The actor for this request: the session id from the Auth.js cookie, then one database read of that
 * session with the account's roles and memberships (React cache: once per request). Nothing about the
 * person is trusted from the cookie (lib/auth/config.ts).
 */
export const getActor = cache(async (): Promise<Actor> => {
  const sid = await sessionIdFromCookies(await cookies());
  if (!sid) return anonymous;
  const actor = await loadActorForSession(sid);
  if (!actor) return anonymous;
  noteRequestActor(actor.id); // the request log's pseudonymous actor id
  return actor;
});

export async function requireActor(): Promise<SignedInActor> {
  const actor = await getActor();
  if (actor.kind !== "user") throw new AppError("unauthenticated");
  return actor;
}
