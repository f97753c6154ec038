import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, userRoles, sessions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError } from "@/lib/errors";
import { changePasswordSchema, roleChangeSchema } from "@/lib/validation/auth";
import type { DbOrTx } from "@/db/client";
import { revokeAllCalendarTokens } from "@/lib/data/calendar/calendar-tokens";
import { forgetDevices } from "./trusted-devices";
import { recordSecurityEvent } from "./security-log";

/**
 * Everything that lets someone back in without the password ends together (issue 12 defect 7):
 * sessions, calendar feed URLs and remembered devices.
 */
export async function endEveryAccess(tx: DbOrTx, userId: string): Promise<void> {
  await bumpSessionVersion(tx, userId);
  await tx
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
  await revokeAllCalendarTokens(tx, userId);
  await forgetDevices(tx, userId);
}

/** Ends every session of a user: the version in each session row no longer matches. */
export async function bumpSessionVersion(tx: DbOrTx, userId: string): Promise<void> {
  await tx
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId));
}

export async function signOutEverywhere(actor: Actor): Promise<void> {
  authorize(actor, "account.manage", { ownerId: actor.kind === "user" ? actor.id : null });
  const db = await getDb();
  await db.transaction(async (tx) => {
    await endEveryAccess(tx, actor.id);
    await writeAudit(tx, actor, { action: "account.signed_out_everywhere", objectType: "user", objectId: actor.id });
    await recordSecurityEvent(tx, { userId: actor.id, email: actor.email, kind: "signed_out_everywhere" });
  });
}

export async function changePassword(actor: Actor, input: unknown): Promise<void> {
  authorize(actor, "account.manage", { ownerId: actor.kind === "user" ? actor.id : null });
  const data = parseInput(changePasswordSchema, input);
  const db = await getDb();
  const [user] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
  if (!(await verifyPassword(user?.hash, data.currentPassword))) {
    throw new AppError("invalid_input", "errors.invalid_input", { currentPassword: ["password_wrong"] });
  }
  const hash = await hashPassword(data.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash: hash }).where(eq(users.id, actor.id));
    await endEveryAccess(tx, actor.id);
    await writeAudit(tx, actor, { action: "account.password_changed", objectType: "user", objectId: actor.id });
    await recordSecurityEvent(tx, { userId: actor.id, email: actor.email, kind: "password_changed" });
  });
}

async function countAdmins(tx: DbOrTx): Promise<number> {
  const [{ n }] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(eq(userRoles.role, "admin"), eq(users.status, "active")));
  return n;
}

/** Admins grant roles; never to themselves (no raising one's own role). Ends the user's sessions. */
export async function grantRole(actor: Actor, input: unknown): Promise<void> {
  authorize(actor, "admin.roles");
  const data = parseInput(roleChangeSchema, input);
  if (data.userId === actor.id) throw new AppError("rule_violation", "errors.rules.ownRole");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, data.userId), ne(users.status, "deleted")));
    if (!user) throw new AppError("not_found");
    const inserted = await tx.insert(userRoles).values({ userId: data.userId, role: data.role, grantedBy: actor.id }).onConflictDoNothing().returning();
    if (inserted.length === 0) return;
    await bumpSessionVersion(tx, data.userId);
    await writeAudit(tx, actor, { action: "role.granted", objectType: "user", objectId: data.userId, after: { role: data.role } });
  });
}

/** Revoking ends the user's sessions, so a demoted user loses access on their next request. */
export async function revokeRole(actor: Actor, input: unknown): Promise<void> {
  authorize(actor, "admin.roles");
  const data = parseInput(roleChangeSchema, input);
  if (data.userId === actor.id) throw new AppError("rule_violation", "errors.rules.ownRole");
  const db = await getDb();
  await db.transaction(async (tx) => {
    // Lock the admin rows so two admins demoting each other at once cannot leave none.
    if (data.role === "admin") {
      await tx.execute(sql`SELECT 1 FROM user_roles WHERE role = 'admin' FOR UPDATE`);
      if ((await countAdmins(tx)) <= 1) throw new AppError("rule_violation", "errors.rules.lastAdmin");
    }
    const removed = await tx
      .delete(userRoles)
      .where(and(eq(userRoles.userId, data.userId), eq(userRoles.role, data.role)))
      .returning();
    if (removed.length === 0) throw new AppError("not_found");
    await bumpSessionVersion(tx, data.userId);
    await writeAudit(tx, actor, { action: "role.revoked", objectType: "user", objectId: data.userId, before: { role: data.role } });
  });
}

export async function setAccountStatus(actor: Actor, input: { userId: string; status: "active" | "deactivated" }): Promise<void> {
  authorize(actor, "admin.accounts");
  const data = parseInput(roleChangeSchema.pick({ userId: true }), input);
  if (data.userId === actor.id) throw new AppError("rule_violation", "errors.rules.ownAccount");
  const status = input.status === "active" ? "active" : "deactivated";
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id, status: users.status }).from(users).where(eq(users.id, data.userId)).for("update");
    if (!user || user.status === "deleted") throw new AppError("not_found");
    if (status === "deactivated") {
      const [isAdmin] = await tx
        .select()
        .from(userRoles)
        .where(and(eq(userRoles.userId, data.userId), eq(userRoles.role, "admin")));
      if (isAdmin && (await countAdmins(tx)) <= 1) throw new AppError("rule_violation", "errors.rules.lastAdmin");
    }
    await tx.update(users).set({ status, updatedAt: new Date() }).where(eq(users.id, data.userId));
    await bumpSessionVersion(tx, data.userId);
    await writeAudit(tx, actor, { action: `account.${status}`, objectType: "user", objectId: data.userId, before: { status: user.status }, after: { status } });
  });
}
