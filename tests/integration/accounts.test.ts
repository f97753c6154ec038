import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, organizationMembers, users, userRoles } from "@/db/schema";
import { signInLimits, signUp, verifyCredentials } from "@/lib/data/accounts/credentials";
import { createSession, loadActorForSession, revokeSession } from "@/lib/data/accounts/sessions";
import { changePassword, grantRole, revokeRole, setAccountStatus, signOutEverywhere } from "@/lib/data/accounts/manage-account";
import { unsafeCreateAdmin } from "@/lib/data/accounts/bootstrap-admin";
import { AppError } from "@/lib/errors";
import { useTestDb } from "../fixtures/db";
import { actorFor, createOrganization, createUser, TEST_PASSWORD } from "../fixtures/actors";

useTestDb();

const code = async (p: Promise<unknown>) => {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
};

describe("sign-up and sign-in", () => {
  it("normalises emails so one person has one account", async () => {
    await signUp({ name: "Asha Patil", email: "Asha.Patil@Example.org", password: "long enough password", accountType: "organization" }, null);
    // full-width letters fold to ASCII under NFKC; the second sign-up answers like any other
    // (issue 12: sign-up reveals no account) and creates nothing
    const again = await code(
      signUp({ name: "Asha", email: "  ＡＳＨＡ.patil@example.org ", password: "long enough password", accountType: "organization" }, null),
    );
    expect(again).toBe("ok");
    const db = await getDb();
    const rows = await db.select().from(users).where(eq(users.email, "asha.patil@example.org"));
    expect(rows).toHaveLength(1);
    const roles = await db.select().from(userRoles).where(eq(userRoles.userId, rows[0].id));
    expect(roles.map((r) => r.role)).toEqual(["organization"]);
  });

  it("refuses bad input with every field error and writes nothing", async () => {
    const db = await getDb();
    const before = (await db.select().from(users)).length;
    try {
      await signUp({ name: "", email: "not-an-email", password: "short", accountType: "coordinator" }, null);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect(Object.keys((e as AppError).fieldErrors).sort()).toEqual(["accountType", "email", "name", "password"]);
    }
    expect((await db.select().from(users)).length).toBe(before);
  });

  it("answers identically for an unknown email and a wrong password", async () => {
    const u = await createUser();
    const wrong = await verifyCredentials({ email: u.email, password: "wrong password!" }, "10.0.0.1");
    const unknown = await verifyCredentials({ email: "nobody@example.org", password: "wrong password!" }, "10.0.0.1");
    expect(wrong).toEqual(unknown);
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ email: u.email.toUpperCase(), password: TEST_PASSWORD }, "10.0.0.1")).toMatchObject({ ok: true, userId: u.id });
  });

  it("rate limits one account after repeated failures, even with the right password", async () => {
    const u = await createUser();
    const results = [];
    for (let i = 0; i < 50; i++) results.push(await verifyCredentials({ email: u.email, password: `wrong-${i}-password` }, `192.0.2.${i}`));
    expect(results.slice(0, 10).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    expect(results.slice(10).every((r) => !r.ok && r.reason === "rate_limited")).toBe(true);
    const right = await verifyCredentials({ email: u.email, password: TEST_PASSWORD }, "198.51.100.1");
    expect(right).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("rate limits one address across accounts", async () => {
    const saved = signInLimits.perIp;
    signInLimits.perIp = 20; // the real limit is 300; the rule is the same at any size
    try {
      const results = [];
      for (let i = 0; i < 25; i++) results.push(await verifyCredentials({ email: `probe${i}@example.org`, password: "whatever password" }, "203.0.113.9"));
      expect(results.slice(0, 20).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
      expect(results.slice(20).every((r) => !r.ok && r.reason === "rate_limited")).toBe(true);
      // another address is not affected
      expect(await verifyCredentials({ email: "probe0@example.org", password: "whatever password" }, "203.0.113.10")).toMatchObject({ reason: "invalid" });
    } finally {
      signInLimits.perIp = saved;
    }
  });

  it("successful sign-ins do not count towards the limits", async () => {
    const u = await createUser();
    for (let i = 0; i < 15; i++) expect(await verifyCredentials({ email: u.email, password: TEST_PASSWORD }, "198.51.100.77")).toMatchObject({ ok: true });
  });

  it("demo accounts sign in only in demo mode", async () => {
    const u = await createUser();
    const db = await getDb();
    await db.update(users).set({ isDemo: 1 }).where(eq(users.id, u.id));
    const saved = process.env.SKILLFLOW_DEMO;
    try {
      delete process.env.SKILLFLOW_DEMO;
      expect(await verifyCredentials({ email: u.email, password: TEST_PASSWORD }, null)).toMatchObject({ ok: false, reason: "invalid" });
      process.env.SKILLFLOW_DEMO = "1";
      expect(await verifyCredentials({ email: u.email, password: TEST_PASSWORD }, null)).toMatchObject({ ok: true });
    } finally {
      if (saved === undefined) delete process.env.SKILLFLOW_DEMO;
      else process.env.SKILLFLOW_DEMO = saved;
    }
  });
});

describe("server-side sessions", () => {
  it("the actor carries roles and organisation memberships, admin or not (issue 16: one read per request)", async () => {
    const { org: adminOf, member } = await createOrganization();
    const { org: memberOf } = await createOrganization();
    const db = await getDb();
    await db.insert(organizationMembers).values({ organizationId: memberOf.id, userId: member.id, isAdmin: false });
    await db.insert(userRoles).values({ userId: member.id, role: "coordinator" });
    const actor = await loadActorForSession(await createSession(member.id));
    expect([...actor!.roles].sort()).toEqual(["coordinator", "organization"]);
    expect([...actor!.organizationIds].sort()).toEqual([adminOf.id, memberOf.id].sort());
    expect(actor!.organizationAdminIds).toEqual([adminOf.id]);
    const loner = await createUser({ roles: [] });
    const none = await loadActorForSession(await createSession(loner.id));
    expect(none).toMatchObject({ organizationIds: [], organizationAdminIds: [] });
    expect(none!.roles.size).toBe(0);
  });

  it("a revoked session is refused (cookie replay after sign-out)", async () => {
    const u = await createUser({ roles: ["volunteer"] });
    const sid = await createSession(u.id);
    expect((await loadActorForSession(sid))?.id).toBe(u.id);
    await revokeSession(sid);
    expect(await loadActorForSession(sid)).toBeNull();
  });

  it("sign-out-everywhere ends every session", async () => {
    const u = await createUser({ roles: ["volunteer"] });
    const a = await createSession(u.id);
    const b = await createSession(u.id);
    await signOutEverywhere((await loadActorForSession(a))!);
    expect(await loadActorForSession(a)).toBeNull();
    expect(await loadActorForSession(b)).toBeNull();
    expect((await loadActorForSession(await createSession(u.id)))?.id).toBe(u.id);
  });

  it("a password change ends existing sessions and requires the current password", async () => {
    const u = await createUser({ roles: ["volunteer"] });
    const sid = await createSession(u.id);
    const actor = (await loadActorForSession(sid))!;
    expect(await code(changePassword(actor, { currentPassword: "wrong wrong wrong", newPassword: "a brand new password" }))).toBe("invalid_input");
    expect(await loadActorForSession(sid)).not.toBeNull();
    await changePassword(actor, { currentPassword: TEST_PASSWORD, newPassword: "a brand new password" });
    expect(await loadActorForSession(sid)).toBeNull();
    expect(await verifyCredentials({ email: u.email, password: "a brand new password" }, null)).toMatchObject({ ok: true });
  });

  it("roles are read from the database: a demoted user loses access on the next request", async () => {
    const admin = await createUser({ roles: ["admin"] });
    const adminActor = actorFor(admin, ["admin"]);
    const coord = await createUser({ roles: ["coordinator"] });
    const sid = await createSession(coord.id);
    expect((await loadActorForSession(sid))?.roles.has("coordinator")).toBe(true);
    await revokeRole(adminActor, { userId: coord.id, role: "coordinator" });
    // the old session is gone (role change bumps the session version)…
    expect(await loadActorForSession(sid)).toBeNull();
    // …and a new one carries no coordinator role
    expect((await loadActorForSession(await createSession(coord.id)))?.roles.has("coordinator")).toBe(false);
  });

  it("deactivation ends sessions at once", async () => {
    const admin = await createUser({ roles: ["admin"] });
    const u = await createUser({ roles: ["volunteer"] });
    const sid = await createSession(u.id);
    await setAccountStatus(actorFor(admin, ["admin"]), { userId: u.id, status: "deactivated" });
    expect(await loadActorForSession(sid)).toBeNull();
    expect(await verifyCredentials({ email: u.email, password: TEST_PASSWORD }, null)).toMatchObject({ ok: false, reason: "invalid" });
  });
});

describe("role administration", () => {
  it("only admins grant roles, never to themselves, and every change is audited", async () => {
    const admin = await createUser({ roles: ["admin"] });
    const adminActor = actorFor(admin, ["admin"]);
    const coordinator = await createUser({ roles: ["coordinator"] });
    const target = await createUser({ roles: ["volunteer"] });
    expect(await code(grantRole(actorFor(coordinator, ["coordinator"]), { userId: target.id, role: "coordinator" }))).toBe("forbidden");
    expect(await code(grantRole(adminActor, { userId: admin.id, role: "coordinator" }))).toBe("rule_violation");
    expect(await code(grantRole(adminActor, { userId: "00000000-0000-4000-8000-000000000000", role: "coordinator" }))).toBe("not_found");
    await grantRole(adminActor, { userId: target.id, role: "coordinator" });
    const db = await getDb();
    const audit = await db.select().from(auditLog).where(eq(auditLog.objectId, target.id));
    expect(audit.map((a) => a.action)).toContain("role.granted");
  });

  it("the last admin cannot be removed or deactivated", async () => {
    const db = await getDb();
    await db.delete(userRoles).where(eq(userRoles.role, "admin"));
    const a = await createUser({ roles: ["admin"] });
    const b = await createUser({ roles: ["admin"] });
    await revokeRole(actorFor(a, ["admin"]), { userId: b.id, role: "admin" });
    const c = await createUser({ roles: ["admin"] });
    // now a and c are admins; c demotes a → only c left. a, acting on a stale view (two admins
    // racing), cannot deactivate the last one.
    await revokeRole(actorFor(c, ["admin"]), { userId: a.id, role: "admin" });
    expect(await code(setAccountStatus(actorFor(a, ["admin"]), { userId: c.id, status: "deactivated" }))).toBe("rule_violation");
    const admins = await db.select().from(userRoles).where(eq(userRoles.role, "admin"));
    expect(admins.map((r) => r.userId)).toEqual([c.id]);
  });

  it("admin:create makes or promotes an admin without any default account", async () => {
    const db = await getDb();
    const res = await unsafeCreateAdmin(db, { email: "Ops@Example.org", password: "a long admin password", name: "Ops" });
    expect(res.created).toBe(true);
    const again = await unsafeCreateAdmin(db, { email: "ops@example.org", password: "another long password", name: "Ops" });
    expect(again).toEqual({ userId: res.userId, created: false });
    expect(await code(unsafeCreateAdmin(db, { email: "x@example.org", password: "short", name: "X" }))).toBe("invalid_input");
  });
});

describe("audit log", () => {
  it("is append-only in the database", async () => {
    const db = await getDb();
    await db.insert(auditLog).values({ action: "test", objectType: "test" });
    await expect(db.update(auditLog).set({ action: "changed" })).rejects.toThrow();
    await expect(db.delete(auditLog)).rejects.toThrow();
  });
});
