// Issue 12 defects 2 and 3, at the HTTP level: Auth.js's own /api/auth/* routes (through the route
// module the server runs) never answer 5xx to hostile input, and the JSON sign-in refuses anything
// but same-origin JSON (login CSRF).
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { useTestDb } from "../fixtures/db";

useTestDb();
process.env.AUTH_SECRET ??= "test-secret-".padEnd(40, "x");
process.env.AUTH_TRUST_HOST = "true";

const base = "http://localhost:3000";
const routes = async () => import("@/app/api/auth/[...nextauth]/route");

const hostileQueries = [
  "callbackUrl=javascript:alert(1)",
  "callbackUrl=%2F%2Fevil.example",
  "callbackUrl=https://evil.example/",
  "callbackUrl=%2F%5Cevil.example",
  "callbackUrl=%2F%09%2Fevil.example",
  "callbackUrl=data:text/html,x",
  "error=Configuration",
  "error=%3Cscript%3E",
  "csrf=true&callbackUrl=javascript:alert(1)",
];
const actions = [
  "signin",
  "signin/credentials",
  "signin/unknown",
  "callback/credentials",
  "callback/unknown",
  "signout",
  "session",
  "csrf",
  "providers",
  "error",
  "verify-request",
  "webauthn-options/x",
  "nonexistent",
  "signin/%2e%2e",
];
const bodies: [string, string][] = [
  ["application/x-www-form-urlencoded", "callbackUrl=javascript:alert(1)&csrfToken=bad"],
  ["application/x-www-form-urlencoded", "email=a@b.c&password=x&csrfToken=x&callbackUrl=%2F%2Fevil.example"],
  ["application/json", "{bad json"],
  ["application/json", JSON.stringify({ csrfToken: ["x"], callbackUrl: { a: 1 } })],
  ["text/plain", "\u0000\u0001garbage"],
];
const cookieSets = ["", "authjs.callback-url=javascript%3Aalert(1)", "authjs.csrf-token=garbage; authjs.session-token=garbage"];

describe("Auth.js routes under hostile input (defect 2)", () => {
  it("GET: every route, every hostile query and cookie answers a redirect or a 4xx, never a 5xx", async () => {
    const { GET } = await routes();
    const failures: string[] = [];
    for (const action of actions) {
      for (const q of ["", ...hostileQueries]) {
        for (const cookie of cookieSets) {
          const req = new NextRequest(`${base}/api/auth/${action}${q ? "?" + q : ""}`, { headers: cookie ? { cookie } : {} });
          const res = await GET(req);
          if (res.status >= 500) failures.push(`GET ${action}?${q} [${cookie}] → ${res.status}`);
          const location = res.headers.get("location");
          if (location && new URL(location, base).origin !== base) failures.push(`GET ${action}?${q} → off-site ${location}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("POST: every route, every hostile body, query and cookie answers a redirect or a 4xx, never a 5xx", async () => {
    const { POST } = await routes();
    const failures: string[] = [];
    for (const action of actions) {
      for (const [type, body] of bodies) {
        for (const q of ["", hostileQueries[0], hostileQueries[1]]) {
          for (const cookie of cookieSets) {
            const req = new NextRequest(`${base}/api/auth/${action}${q ? "?" + q : ""}`, {
              method: "POST",
              body,
              headers: { "content-type": type, ...(cookie ? { cookie } : {}) },
            });
            const res = await POST(req);
            if (res.status >= 500) failures.push(`POST ${action}?${q} ${type} [${cookie}] → ${res.status}`);
            const location = res.headers.get("location");
            if (location && new URL(location, base).origin !== base) failures.push(`POST ${action} → off-site ${location}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("a hostile callback URL on a page request goes back to the sign-in page", async () => {
    const { GET } = await routes();
    const res = await GET(new NextRequest(`${base}/api/auth/signin?callbackUrl=javascript:alert(1)`));
    expect(res.status).toBe(303);
    expect(new URL(res.headers.get("location")!).pathname).toBe("/sign-in");
  });
});

describe("JSON sign-in refuses cross-site requests (defect 3, login CSRF)", () => {
  const post = async (headers: Record<string, string>, body = JSON.stringify({ email: "a@example.org", password: "whatever password" })) => {
    const { POST } = await import("@/app/api/v1/auth/sign-in/route");
    return POST(new Request(`${base}/api/v1/auth/sign-in`, { method: "POST", headers, body }));
  };

  it.each([
    ["a cross-site text/plain form", { "content-type": "text/plain", origin: "https://evil.example" }],
    ["a same-origin text/plain form", { "content-type": "text/plain", origin: base }],
    ["a form post", { "content-type": "application/x-www-form-urlencoded", origin: base }],
    ["JSON from another origin", { "content-type": "application/json", origin: "https://evil.example" }],
    ["JSON without an Origin", { "content-type": "application/json" }],
    ["JSON with Origin null", { "content-type": "application/json", origin: "null" }],
  ])("403 for %s, and no session cookie", async (_name, headers) => {
    const res = await post(headers);
    expect(res.status).toBe(403);
    expect(res.headers.get("set-cookie")).toBeNull();
  });
});
