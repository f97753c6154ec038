// Per-request context for the structured log (issue 16): the HTTP server (scripts/lib/http-server.ts)
// opens it with the request id; getActor() adds a pseudonymous actor id once it knows who is asking.
// The AsyncLocalStorage lives on globalThis: the server script and the Next.js bundles each load
// their own copy of this module, and both must see the same store.
import { AsyncLocalStorage } from "node:async_hooks";
import { createHmac } from "node:crypto";

export type RequestContext = { requestId: string; actor?: string };

const g = globalThis as unknown as { __skillflowRequestContext?: AsyncLocalStorage<RequestContext> };
export const requestContext = (g.__skillflowRequestContext ??= new AsyncLocalStorage<RequestContext>());

/**
 * A stable pseudonym for an account in logs: an HMAC of its id under the deployment's secret, so log
 * lines of one person can be followed without the logs holding who it is (DESIGN: personal data).
 */
export function actorPseudonym(userId: string, secret = process.env.AUTH_SECRET ?? ""): string {
  return createHmac("sha256", `log-pseudonym:${secret}`).update(userId).digest("base64url").slice(0, 16);
}

export function noteRequestActor(userId: string): void {
  const ctx = requestContext.getStore();
  if (ctx && !ctx.actor) ctx.actor = actorPseudonym(userId);
}

/** A path as a route for the log: ids and tokens (invite and calendar links carry secrets) masked. */
export function routeForLog(pathname: string): string {
  return pathname
    .split("/")
    .map((seg) =>
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(seg)
        ? ":id"
        : /^[A-Za-z0-9_-]{20,}$/.test(seg) || /^\d+$/.test(seg)
          ? ":param"
          : seg,
    )
    .join("/")
    .slice(0, 200);
}
