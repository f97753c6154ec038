// Reading the session id from the Auth.js cookie without running Auth.js (issue 16). `auth()` runs the
// whole Auth.js core for every call — a CSRF token with its SHA-256, the session callbacks, and a
// re-encrypted cookie it cannot even set from a server component — which cost several milliseconds
// per page, on anonymous pages too. A request without the cookie is anonymous with no crypto at all;
// with it, the JWT is decrypted once (next-auth/jwt `decode`, the same code Auth.js uses) and the
// server-side session it names is then checked in the database as before (lib/auth/get-actor.ts).
import { decode } from "next-auth/jwt";

/** Auth.js's cookie names: with the __Secure- prefix over https, without over plain http. */
export const sessionCookieNames = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

type CookieReader = { get(name: string): { value: string } | undefined };

export function hasSessionCookie(cookies: CookieReader): boolean {
  return sessionCookieNames.some((name) => Boolean(cookies.get(name)?.value));
}

/** The server-side session id the cookie points at, or null (no cookie, tampered, expired, other secret). */
export async function sessionIdFromCookies(cookies: CookieReader, secret = process.env.AUTH_SECRET): Promise<string | null> {
  if (!secret) return null;
  for (const name of sessionCookieNames) {
    const value = cookies.get(name)?.value;
    if (!value) continue;
    try {
      const token = await decode({ token: value, secret, salt: name });
      const sid = (token as { sid?: unknown } | null)?.sid;
      return typeof sid === "string" ? sid : null;
    } catch {
      return null;
    }
  }
  return null;
}
