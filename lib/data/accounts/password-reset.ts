import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { parseInput } from "@/lib/data/shared/parse";
import { clearLimit, enforceLimits } from "@/lib/data/shared/rate-limit";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError } from "@/lib/errors";
import { emailOnlySchema, linkTokenSchema, resetPasswordSchema } from "@/lib/validation/auth";
import { consumeAccountToken, issueAccountToken } from "./account-tokens";
import { queueAccountEmail } from "./account-email";
import { accountLimitKey } from "./credentials";
import { endEveryAccess } from "./manage-account";
import { recordSecurityEvent } from "./security-log";

const requestLimits = (email: string, ip: string | null) => [
  { key: `mail:reset:${email}`, max: 5, windowSeconds: 3600 },
  ...(ip ? [{ key: `mail:ip:${ip}`, max: 30, windowSeconds: 3600 }] : []),
];

/**
 * "Forgot password": emails a reset link (single use, 30 minutes) to an active account. The answer
 * is the same for known and unknown addresses; the owner can always get back in this way, even
 * while sign-in is throttled (ADR 010).
 */
export async function requestPasswordReset(input: unknown, ip: string | null): Promise<void> {
  const { email } = parseInput(emailOnlySchema, input);
  const db = await getDb();
  await enforceLimits(db, requestLimits(email, ip));
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, name: users.name, locale: users.locale })
      .from(users)
      .where(and(eq(users.email, email), eq(users.status, "active")));
    if (!user) return;
    const token = await issueAccountToken(tx, user.id, "reset_password");
    await recordSecurityEvent(tx, { userId: user.id, email, kind: "password_reset_requested", ip });
    await queueAccountEmail(tx, { to: email, name: user.name, locale: user.locale, kind: "resetPassword", path: `/reset-password?token=${token}` });
  });
}

/**
 * Sets a new password from a reset link. Ends every session, calendar feed URL and remembered
 * device, clears the account's failed attempts, marks the address verified (the link reached it),
 * and tells the owner by email.
 */
export async function resetPassword(input: unknown): Promise<void> {
  if (!linkTokenSchema.safeParse(input).success) throw new AppError("invalid_input", "auth.linkInvalid");
  const data = parseInput(resetPasswordSchema, input);
  const hash = await hashPassword(data.newPassword);
  const db = await getDb();
  const ok = await db.transaction(async (tx) => {
    const userId = await consumeAccountToken(tx, data.token, "reset_password");
    if (!userId) return false;
    const [user] = await tx
      .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, status: users.status, verifiedAt: users.emailVerifiedAt })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    if (!user || user.status !== "active") return false;
    await tx
      .update(users)
      .set({ passwordHash: hash, emailVerifiedAt: user.verifiedAt ?? new Date(), updatedAt: new Date() })
      .where(eq(users.id, userId));
    await endEveryAccess(tx, userId);
    await clearLimit(tx, accountLimitKey(user.email));
    await writeAudit(tx, { id: userId }, { action: "account.password_reset", objectType: "user", objectId: userId });
    await recordSecurityEvent(tx, { userId, email: user.email, kind: "password_reset" });
    await queueAccountEmail(tx, { to: user.email, name: user.name, locale: user.locale, kind: "passwordReset" });
    return true;
  });
  if (!ok) throw new AppError("invalid_input", "auth.linkInvalid");
}
