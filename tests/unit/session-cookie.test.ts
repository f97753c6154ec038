// Issue 16: the session id comes from the Auth.js cookie without running Auth.js; whatever Auth.js
// wrote must read back, and anything else must read as "no session".
import { describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { hasSessionCookie, sessionIdFromCookies } from "@/lib/auth/session-cookie";

const secret = "test-secret-with-enough-entropy-0123456789";
const sid = "0b6f3c5e-8d0a-4a55-9a51-2f5d3c1f9b10";
const jar = (entries: Record<string, string>) => ({ get: (name: string) => (name in entries ? { value: entries[name] } : undefined) });

describe("session cookie", () => {
  it("reads the session id Auth.js put in the cookie, over http and https", async () => {
    for (const name of ["authjs.session-token", "__Secure-authjs.session-token"]) {
      const token = await encode({ token: { sub: "u1", sid }, secret, salt: name });
      expect(await sessionIdFromCookies(jar({ [name]: token }), secret)).toBe(sid);
      expect(hasSessionCookie(jar({ [name]: token }))).toBe(true);
    }
  });

  it("no cookie, another secret, a cookie under the wrong name, garbage or an expired token: no session", async () => {
    const token = await encode({ token: { sub: "u1", sid }, secret, salt: "authjs.session-token" });
    expect(await sessionIdFromCookies(jar({}), secret)).toBeNull();
    expect(hasSessionCookie(jar({}))).toBe(false);
    expect(await sessionIdFromCookies(jar({ "authjs.session-token": token }), secret + "x")).toBeNull();
    expect(await sessionIdFromCookies(jar({ "__Secure-authjs.session-token": token }), secret)).toBeNull(); // salt is the name
    expect(await sessionIdFromCookies(jar({ "authjs.session-token": "not-a-jwt" }), secret)).toBeNull();
    const expired = await encode({ token: { sub: "u1", sid }, secret, salt: "authjs.session-token", maxAge: -3600 });
    expect(await sessionIdFromCookies(jar({ "authjs.session-token": expired }), secret)).toBeNull();
    expect(await sessionIdFromCookies(jar({ "authjs.session-token": token }), undefined)).toBeNull();
  });
});
