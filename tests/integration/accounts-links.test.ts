// Issue 12 defects 7, 8 and 9 and the email links: verification (24 h, single use) and password
// reset (30 min, single use, ends every way back in).
import { describe, expect, it } from "vitest";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { accountTokens, auditLog, calendarTokens, outboundEmails, trustedDevices, users } from "@/db/schema";
import { signUp, verifyCredentials } from "@/lib/data/accounts/credentials";
import { createSession, loadActorForSession } from "@/lib/data/accounts/sessions";
import { changePassword, signOutEverywhere } from "@/lib/data/accounts/manage-account";
import { createCalendarToken, listCalendarTokens, unsafeFindViewerByFeedToken } from "@/lib/data/calendar/calendar-tokens";
import { resendVerification, verifyEmail } from "@/lib/data/accounts/email-verification";
import { requestPasswordReset, resetPassword } from "@/lib/data/accounts/password-reset";
import { AppError } from "@/lib/errors";
import { useTestDb } from "../fixtures/db";
import { createUser, TEST_PASSWORD } from "../fixtures/actors";

useTestDb();

const code = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e) => (e instanceof AppError ? e.code : Promise.reject(e)),
  );

async function mailsTo(email: string) {
  const db = await getDb();
  return db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, email)).orderBy(desc(outboundEmails.createdAt));
}
const linkToken = (body: string, path: string) => new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`).exec(body)?.[1] ?? null;

async function withDemoMode<T>(on: boolean, fn: () => Promise<T>): Promise<T> {
  const saved = process.env.SKILLFLOW_DEMO;
  if (on) process.env.SKILLFLOW_DEMO = "1";
  else delete process.env.SKILLFLOW_DEMO;
  try {
    return await fn();
  } finally {
    if (saved === undefined) delete process.env.SKILLFLOW_DEMO;
    else process.env.SKILLFLOW_DEMO = saved;
  }
}

describe("calendar feed URLs (defect 7)", () => {
  it("end with a password change, with sign-out-everywhere, and by themselves after a year", async () => {
    const u = await createUser({ roles: ["volunteer"] });
    const actor = (await loadActorForSession(await createSession(u.id)))!;
    const a = await createCalendarToken(actor);
    expect(await unsafeFindViewerByFeedToken(a.token)).not.toBeNull();
    await changePassword(actor, { currentPassword: TEST_PASSWORD, newPassword: "another long password" });
    expect(await unsafeFindViewerByFeedToken(a.token)).toBeNull();

    const actor2 = (await loadActorForSession(await createSession(u.id)))!;
    const b = await createCalendarToken(actor2);
    await signOutEverywhere(actor2);
    expect(await unsafeFindViewerByFeedToken(b.token)).toBeNull();

    const actor3 = (await loadActorForSession(await createSession(u.id)))!;
    const c = await createCalendarToken(actor3);
    const db = await getDb();
    const [row] = await db.select().from(calendarTokens).where(eq(calendarTokens.id, c.id));
    const days = (row.expiresAt.getTime() - row.createdAt.getTime()) / 86400_000;
    expect(days).toBeGreaterThan(364);
    expect(days).toBeLessThan(367);
    await db
      .update(calendarTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(calendarTokens.id, c.id));
    expect(await unsafeFindViewerByFeedToken(c.token)).toBeNull();
    expect(await listCalendarTokens(actor3)).toEqual([]);
  });

  it("are listed with their expiry and last use", async () => {
    const u = await createUser({ roles: ["volunteer"] });
    const actor = (await loadActorForSession(await createSession(u.id)))!;
    const t = await createCalendarToken(actor);
    expect((await listCalendarTokens(actor))[0]).toMatchObject({ id: t.id, lastUsedAt: null });
    await unsafeFindViewerByFeedToken(t.token);
    const [listed] = await listCalendarTokens(actor);
    expect(listed.lastUsedAt).toBeInstanceOf(Date);
    expect(listed.expiresAt.getTime()).toBeGreaterThan(Date.now() + 360 * 86400_000);
  });
});

describe("demo-mode sessions (defect 8)", () => {
  it("a session opened in demo mode is refused once demo mode is off", async () => {
    const u = await createUser({ roles: ["volunteer"] });
    const sid = await withDemoMode(true, () => createSession(u.id));
    expect(await withDemoMode(true, () => loadActorForSession(sid))).not.toBeNull();
    expect(await withDemoMode(false, () => loadActorForSession(sid))).toBeNull();
    // a session opened outside demo mode is unaffected
    const normal = await withDemoMode(false, () => createSession(u.id));
    expect(await withDemoMode(false, () => loadActorForSession(normal))).not.toBeNull();
  });

  it("a demo account's session is refused once demo mode is off, whenever it was opened", async () => {
    const u = await createUser({ roles: ["coordinator"] });
    const db = await getDb();
    await db.update(users).set({ isDemo: 1 }).where(eq(users.id, u.id));
    const sid = await withDemoMode(false, () => createSession(u.id));
    expect(await withDemoMode(false, () => loadActorForSession(sid))).toBeNull();
    expect(await withDemoMode(true, () => loadActorForSession(sid))).not.toBeNull();
  });
});

describe("sign-up reveals no account (defect 9) and verifies the address", () => {
  const form = (email: string) => ({ name: "Asha Patil", email, password: "long enough password", accountType: "organization" });

  it("answers a known address like a new one; the owner is told by email, nothing is created", async () => {
    const existing = await createUser({ email: "taken@example.org" });
    const db = await getDb();
    const before = (await db.select().from(users)).length;
    expect(await code(signUp(form("Taken@Example.org"), null))).toBe("ok");
    expect((await db.select().from(users)).length).toBe(before);
    const [mail] = await mailsTo(existing.email);
    expect(mail.subject).toContain("already have an account");
    expect(linkToken(mail.body, "/verify-email")).toBeNull();
    expect(await code(signUp(form("fresh@example.org"), null))).toBe("ok");
    expect((await db.select().from(users)).length).toBe(before + 1);
  });

  it("a new account signs in only after following the link, which works once", async () => {
    const { userId } = await signUp(form("newcomer@example.org"), null);
    expect(await verifyCredentials({ email: "newcomer@example.org", password: "long enough password" }, null)).toEqual({ ok: false, reason: "unverified" });
    // a wrong password says nothing about verification
    expect(await verifyCredentials({ email: "newcomer@example.org", password: "not the password" }, null)).toEqual({ ok: false, reason: "invalid" });
    const [mail] = await mailsTo("newcomer@example.org");
    const token = linkToken(mail.body, "/verify-email");
    expect(token).not.toBeNull();
    const db = await getDb();
    const [stored] = await db.select().from(accountTokens).where(eq(accountTokens.userId, userId!));
    expect(stored.tokenHash).not.toContain(token!);
    expect((stored.expiresAt.getTime() - stored.createdAt.getTime()) / 3600_000).toBeCloseTo(24, 0);
    await verifyEmail({ token });
    expect(await verifyCredentials({ email: "newcomer@example.org", password: "long enough password" }, null)).toMatchObject({ ok: true, userId });
    expect(await code(verifyEmail({ token }))).toBe("invalid_input");
  });

  it("expired and unknown links are refused; resend answers the same for every address", async () => {
    await signUp(form("late@example.org"), null);
    const db = await getDb();
    await db.update(accountTokens).set({ expiresAt: new Date(Date.now() - 1000) });
    const [mail] = await mailsTo("late@example.org");
    expect(await code(verifyEmail({ token: linkToken(mail.body, "/verify-email") }))).toBe("invalid_input");
    expect(await code(verifyEmail({ token: "x".repeat(43) }))).toBe("invalid_input");
    expect(await code(verifyEmail({ token: "<script>" }))).toBe("invalid_input");
    expect(await code(resendVerification({ email: "nobody@example.org" }, null))).toBe("ok");
    expect(await code(resendVerification({ email: "late@example.org" }, null))).toBe("ok");
    const fresh = await mailsTo("late@example.org");
    expect(fresh).toHaveLength(2);
    await verifyEmail({ token: linkToken(fresh[0].body, "/verify-email") });
    expect(await verifyCredentials({ email: "late@example.org", password: "long enough password" }, null)).toMatchObject({ ok: true });
  });

  it("demo accounts skip verification in demo mode only", async () => {
    const u = await createUser({ unverified: true });
    const db = await getDb();
    await db.update(users).set({ isDemo: 1 }).where(eq(users.id, u.id));
    expect(await withDemoMode(true, () => verifyCredentials({ email: u.email, password: TEST_PASSWORD }, null))).toMatchObject({ ok: true });
    expect(await withDemoMode(false, () => verifyCredentials({ email: u.email, password: TEST_PASSWORD }, null))).toMatchObject({ ok: false });
  });
});

describe("password reset by email", () => {
  it("answers the same for unknown addresses and sends nothing", async () => {
    expect(await code(requestPasswordReset({ email: "ghost@example.org" }, null))).toBe("ok");
    expect(await mailsTo("ghost@example.org")).toEqual([]);
  });

  it("ends every session, feed URL and remembered device, works once, and tells the owner", async () => {
    const u = await createUser({ roles: ["volunteer"] });
    const sid = await createSession(u.id);
    const actor = (await loadActorForSession(sid))!;
    const feed = await createCalendarToken(actor);
    const signedIn = await verifyCredentials({ email: u.email, password: TEST_PASSWORD }, null);
    expect(signedIn.ok).toBe(true);
    await requestPasswordReset({ email: u.email }, null);
    const token = linkToken((await mailsTo(u.email))[0].body, "/reset-password");
    expect(token).not.toBeNull();
    const db = await getDb();
    const [stored] = await db
      .select()
      .from(accountTokens)
      .where(and(eq(accountTokens.userId, u.id), eq(accountTokens.purpose, "reset_password")));
    expect((stored.expiresAt.getTime() - stored.createdAt.getTime()) / 60_000).toBeCloseTo(30, 0);

    expect(await code(resetPassword({ token, newPassword: "short" }))).toBe("invalid_input");
    await resetPassword({ token, newPassword: "the new long password" });
    expect(await loadActorForSession(sid)).toBeNull();
    expect(await unsafeFindViewerByFeedToken(feed.token)).toBeNull();
    expect(await db.select().from(trustedDevices).where(eq(trustedDevices.userId, u.id))).toEqual([]);
    expect(await verifyCredentials({ email: u.email, password: TEST_PASSWORD }, null)).toMatchObject({ ok: false });
    expect(await verifyCredentials({ email: u.email, password: "the new long password" }, null)).toMatchObject({ ok: true });
    expect(await code(resetPassword({ token, newPassword: "yet another password" }))).toBe("invalid_input");
    expect((await mailsTo(u.email))[0].subject).toContain("password was changed");
    const audit = await db.select().from(auditLog).where(eq(auditLog.objectId, u.id));
    expect(audit.map((a) => a.action)).toContain("account.password_reset");
  });

  it("an expired reset link is refused and changes nothing", async () => {
    const u = await createUser();
    await requestPasswordReset({ email: u.email }, null);
    const token = linkToken((await mailsTo(u.email))[0].body, "/reset-password");
    const db = await getDb();
    await db
      .update(accountTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(accountTokens.userId, u.id));
    expect(await code(resetPassword({ token, newPassword: "the new long password" }))).toBe("invalid_input");
    expect(await verifyCredentials({ email: u.email, password: TEST_PASSWORD }, null)).toMatchObject({ ok: true });
  });

  it("only the newest link works", async () => {
    const u = await createUser();
    await requestPasswordReset({ email: u.email }, null);
    await requestPasswordReset({ email: u.email }, null);
    const [newest, older] = await mailsTo(u.email);
    expect(await code(resetPassword({ token: linkToken(older.body, "/reset-password"), newPassword: "the new long password" }))).toBe("invalid_input");
    expect(await code(resetPassword({ token: linkToken(newest.body, "/reset-password"), newPassword: "the new long password" }))).toBe("ok");
  });
});
