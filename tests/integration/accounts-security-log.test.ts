// Issue 12: the security log. Sign-in outcomes, resets and password changes are recorded with
// the address and browser; each person reads their own, admins search everyone's.
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { securityEvents } from "@/db/schema";
import { verifyCredentials } from "@/lib/data/accounts/credentials";
import { createSession, loadActorForSession } from "@/lib/data/accounts/sessions";
import { changePassword } from "@/lib/data/accounts/manage-account";
import { requestPasswordReset } from "@/lib/data/accounts/password-reset";
import { listOwnSecurityEvents, searchSecurityEvents } from "@/lib/data/accounts/security-log";
import { AppError } from "@/lib/errors";
import { useTestDb } from "../fixtures/db";
import { actorFor, createUser, TEST_PASSWORD } from "../fixtures/actors";

useTestDb();

const code = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e) => (e instanceof AppError ? e.code : Promise.reject(e)),
  );

describe("security log", () => {
  it("records sign-in outcomes with address and browser; the owner reads only their own", async () => {
    const u = await createUser({ roles: ["volunteer"] });
    const other = await createUser({ roles: ["volunteer"] });
    const ctx = { ip: "198.51.100.20", userAgent: "Firefox on Linux" };
    await verifyCredentials({ email: u.email, password: "wrong password here" }, ctx);
    await verifyCredentials({ email: u.email, password: TEST_PASSWORD }, ctx);
    for (let i = 0; i < 11; i++) await verifyCredentials({ email: other.email, password: `wrong ${i} password` }, { ip: "203.0.113.1" });
    const actor = (await loadActorForSession(await createSession(u.id)))!;
    await changePassword(actor, { currentPassword: TEST_PASSWORD, newPassword: "a second long password" });
    await requestPasswordReset({ email: u.email }, "198.51.100.21");

    const own = await listOwnSecurityEvents(actor);
    expect(own.items.map((e) => e.kind)).toEqual(["password_reset_requested", "password_changed", "sign_in", "sign_in_failed"]);
    expect(own.items[2]).toMatchObject({ ip: "198.51.100.20", userAgent: "Firefox on Linux", email: u.email });

    const otherActor = actorFor(other, ["volunteer"]);
    const theirs = await listOwnSecurityEvents(otherActor);
    expect(theirs.items.every((e) => e.email === other.email)).toBe(true);
    expect(theirs.items.map((e) => e.kind)).toContain("sign_in_throttled");
  });

  it("admins search by part of an address and by kind; nobody else may", async () => {
    const admin = actorFor(await createUser({ roles: ["admin"] }), ["admin"]);
    const coordinator = actorFor(await createUser({ roles: ["coordinator"] }), ["coordinator"]);
    await verifyCredentials({ email: "stuffing.target@example.org", password: "guess guess guess" }, { ip: "192.0.2.66" });
    await verifyCredentials({ email: "ann_bo@example.org", password: "guess guess guess" }, { ip: "192.0.2.66" });
    await verifyCredentials({ email: "annxbo@example.org", password: "guess guess guess" }, { ip: "192.0.2.66" });

    const found = await searchSecurityEvents(admin, { email: "STUFFING.target", kind: "sign_in_failed" });
    expect(found.items).toHaveLength(1);
    expect(found.items[0]).toMatchObject({ email: "stuffing.target@example.org", ip: "192.0.2.66" });
    // LIKE wildcards in the search are literal
    expect((await searchSecurityEvents(admin, { email: "ann_bo" })).items.map((e) => e.email)).toEqual(["ann_bo@example.org"]);
    expect(await code(searchSecurityEvents(admin, { kind: "made_up" }))).toBe("invalid_input");
    expect(await code(searchSecurityEvents(coordinator, {}))).toBe("forbidden");
    const db = await getDb();
    expect((await db.select().from(securityEvents)).length).toBeGreaterThanOrEqual(2);
  });
});
