// Issue 12 defects 4, 5 and 6: the sign-in limits hold under parallel attempts, cannot be escaped
// by rotating X-Forwarded-For, and cannot be turned against the owner (ADR 010).
import { describe, expect, it } from "vitest";
import { signInLimits, verifyCredentials } from "@/lib/data/accounts/credentials";
import { clientIp } from "@/lib/auth/client-ip";
import { formatPeerAddress, PEER_ADDRESS_HEADER } from "@/lib/http/peer-address-header";
import { requestPasswordReset, resetPassword } from "@/lib/data/accounts/password-reset";
import { issueAccountToken } from "@/lib/data/accounts/account-tokens";
import { getDb } from "@/db/client";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { installPeerAddressHeader } from "@/lib/http/peer-address";
import { useTestDb } from "../fixtures/db";
import { createUser, TEST_PASSWORD } from "../fixtures/actors";

useTestDb();

const wrong = (i: number) => `wrong-password-${i}!`;

describe("per-account limit under parallel attempts (defect 5)", () => {
  it("60 parallel wrong passwords on one account: at most 10 pass the counter", async () => {
    const u = await createUser();
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => verifyCredentials({ email: u.email, password: wrong(i) }, { ip: `192.0.2.${i + 1}` })),
    );
    const passed = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(passed).toBeLessThanOrEqual(signInLimits.perAccount);
    expect(passed).toBeGreaterThan(0);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited").length).toBe(60 - passed);
  });

  it("a right password gives its count back: successes never lock anyone out", async () => {
    const u = await createUser();
    for (let i = 0; i < 9; i++) await verifyCredentials({ email: u.email, password: wrong(i) }, { ip: null });
    for (let i = 0; i < 5; i++) expect(await verifyCredentials({ email: u.email, password: TEST_PASSWORD }, { ip: null })).toMatchObject({ ok: true });
    expect(await verifyCredentials({ email: u.email, password: wrong(99) }, { ip: null })).toMatchObject({ reason: "invalid" });
    expect(await verifyCredentials({ email: u.email, password: wrong(100) }, { ip: null })).toMatchObject({ reason: "rate_limited" });
  });
});

describe("the owner's device during a flood (defect 6)", () => {
  it("the owner's device still signs in while a flood from elsewhere has locked the account", async () => {
    const u = await createUser();
    const first = await verifyCredentials({ email: u.email, password: TEST_PASSWORD }, { ip: "198.51.100.7" });
    if (!first.ok) throw new Error("owner could not sign in");
    // the attacker: many addresses, no device cookie (or a made-up one)
    for (let i = 0; i < 30; i++) {
      await verifyCredentials(
        { email: u.email, password: wrong(i) },
        { ip: `203.0.113.${i + 1}`, deviceToken: i % 2 ? "made-up-device-token-000000000" : null },
      );
    }
    expect(await verifyCredentials({ email: u.email, password: TEST_PASSWORD }, { ip: "203.0.113.200" })).toMatchObject({ ok: false, reason: "rate_limited" });
    // the owner's device is not affected, and keeps its cookie
    const owner = await verifyCredentials({ email: u.email, password: TEST_PASSWORD }, { ip: "198.51.100.7", deviceToken: first.deviceToken });
    expect(owner).toEqual({ ok: true, userId: u.id, deviceToken: first.deviceToken });
  });

  it("a device cookie counts only for its own account, and a guessing device is limited by itself", async () => {
    const owner = await createUser();
    const other = await createUser();
    const mine = await verifyCredentials({ email: owner.email, password: TEST_PASSWORD }, { ip: null });
    if (!mine.ok) throw new Error("owner could not sign in");
    // the owner's cookie does not shield guesses against another account
    for (let i = 0; i < 10; i++) await verifyCredentials({ email: other.email, password: wrong(i) }, { ip: null, deviceToken: mine.deviceToken });
    expect(await verifyCredentials({ email: other.email, password: TEST_PASSWORD }, { ip: null })).toMatchObject({ reason: "rate_limited" });
    // wrong passwords typed on the owner's device lock that device only
    for (let i = 0; i < 10; i++) await verifyCredentials({ email: owner.email, password: wrong(i) }, { ip: null, deviceToken: mine.deviceToken });
    expect(await verifyCredentials({ email: owner.email, password: TEST_PASSWORD }, { ip: null, deviceToken: mine.deviceToken })).toMatchObject({
      reason: "rate_limited",
    });
    expect(await verifyCredentials({ email: owner.email, password: TEST_PASSWORD }, { ip: null })).toMatchObject({ ok: true });
  });

  it("a password reset by email lifts the account-wide lock (the owner can always recover)", async () => {
    const u = await createUser();
    for (let i = 0; i < 12; i++) await verifyCredentials({ email: u.email, password: wrong(i) }, { ip: null });
    expect(await verifyCredentials({ email: u.email, password: TEST_PASSWORD }, { ip: null })).toMatchObject({ reason: "rate_limited" });
    await requestPasswordReset({ email: u.email }, null);
    const db = await getDb();
    const token = await db.transaction((tx) => issueAccountToken(tx, u.id, "reset_password"));
    await resetPassword({ token, newPassword: "a fresh long password" });
    expect(await verifyCredentials({ email: u.email, password: "a fresh long password" }, { ip: null })).toMatchObject({ ok: true });
  });
});

describe("the client address (defect 4)", () => {
  const headers = (peer: string | null, xff?: string) => {
    const h = new Headers();
    if (peer) h.set(PEER_ADDRESS_HEADER, formatPeerAddress(peer));
    if (xff) h.set("x-forwarded-for", xff);
    return h;
  };

  it("ignores X-Forwarded-For unless the socket peer is a trusted proxy", () => {
    expect(clientIp(headers("203.0.113.5", "1.2.3.4"), undefined)).toBe("203.0.113.5");
    expect(clientIp(headers("203.0.113.5", "1.2.3.4"), "10.0.0.0/8")).toBe("203.0.113.5");
    // behind the proxy: the right-most hop that is not itself a proxy is the client
    expect(clientIp(headers("10.0.0.2", "1.2.3.4, 198.51.100.9, 10.0.0.3"), "10.0.0.0/8")).toBe("198.51.100.9");
    expect(clientIp(headers("::ffff:10.0.0.2", "198.51.100.9"), "10.0.0.2")).toBe("198.51.100.9");
  });

  it("believes no peer header the server did not write itself", () => {
    const h = new Headers({ [PEER_ADDRESS_HEADER]: "0000 6.6.6.6", "x-forwarded-for": "6.6.6.6", "x-real-ip": "6.6.6.6" });
    expect(clientIp(h, undefined)).toBeNull();
    expect(clientIp(new Headers({ [PEER_ADDRESS_HEADER]: "6.6.6.6" }), undefined)).toBeNull();
  });

  it("a spoofed X-Forwarded-For changes nothing without TRUSTED_PROXIES: rotating it does not escape the per-address limit", async () => {
    const saved = signInLimits.perIp;
    signInLimits.perIp = 20; // the real limit is 300; the rule is the same at any size
    try {
      const results = [];
      for (let i = 0; i < 25; i++) {
        const ip = clientIp(headers("203.0.113.77", `10.9.${i}.1`), undefined);
        results.push(await verifyCredentials({ email: `probe${i}@example.org`, password: "whatever password" }, { ip }));
      }
      expect(results.slice(0, 20).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
      expect(results.slice(20).every((r) => !r.ok && r.reason === "rate_limited")).toBe(true);
    } finally {
      signInLimits.perIp = saved;
    }
  });
});

describe("the socket address reaches the app (defect 4)", () => {
  it("a real HTTP server overwrites a client's peer header and ignores its X-Forwarded-For", async () => {
    installPeerAddressHeader();
    const server = http.createServer((req, res) => {
      const h = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") h.set(k, v);
      res.end(String(clientIp(h, undefined)));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { "x-forwarded-for": "6.6.6.6", [PEER_ADDRESS_HEADER]: "6.6.6.6", "x-real-ip": "6.6.6.6" },
      });
      expect(await res.text()).toBe("127.0.0.1");
    } finally {
      server.close();
    }
  });
});
