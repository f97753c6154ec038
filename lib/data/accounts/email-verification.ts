import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { parseInput } from "@/lib/data/shared/parse";
import { enforceLimits } from "@/lib/data/shared/rate-limit";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError } from "@/lib/errors";
import { emailOnlySchema, linkTokenSchema } from "@/lib/validation/auth";
import { consumeAccountToken, issueAccountToken } from "./account-tokens";
import { queueAccountEmail } from "./account-email";
import { recordSecurityEvent } from "./security-log";

/** Per address and per client address, so the resend form cannot be used to flood someone's inbox. */
const resendLimits = (email: string, ip: string | null) => [
  { key: `mail:verify:${email}`, max: 5, windowSeconds: 3600 },
  ...(ip ? [{ key: `mail:ip:${ip}`, max: 30, windowSeconds: 3600 }] : []),
];

/**
 * Follows a verification link (single use, 24 hours). Unknown, used and expired links all answer
 * invalid_input with the same message.
 */
export async function verifyEmail(input: unknown): Promise<void> {
  const parsed = linkTokenSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid_input", "auth.linkInvalid");
  const { token } = parsed.data;
  const db = await getDb();
  const ok = await db.transaction(async (tx) => {
    const userId = await consumeAccountToken(tx, token, "verify_email");
    if (!userId) return false;
    const [user] = await tx
      .update(users)
      .set({ emailVerifiedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(users.id, userId), isNull(users.emailVerifiedAt)))
      .returning({ email: users.email });
    if (user) await recordSecurityEvent(tx, { userId, email: user.email, kind: "email_verified" });
    await writeAudit(tx, { id: userId }, { action: "account.email_verified", objectType: "user", objectId: userId });
    return true;
  });
  if (!ok) throw new AppError("invalid_input", "auth.linkInvalid");
}

/**
 * Sends a new verification link to an unverified account. Answers the same whether the address
 * has an account, is verified already, or is unknown (the caller always says "check your email").
 */
export async function resendVerification(input: unknown, ip: string | null): Promise<void> {
  const { email } = parseInput(emailOnlySchema, input);
  const db = await getDb();
  await enforceLimits(db, resendLimits(email, ip));
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, name: users.name, locale: users.locale })
      .from(users)
      .where(and(eq(users.email, email), eq(users.status, "active"), isNull(users.emailVerifiedAt)));
    if (!user) return;
    const token = await issueAccountToken(tx, user.id, "verify_email");
    await queueAccountEmail(tx, { to: email, name: user.name, locale: user.locale, kind: "verifyEmail", path: `/verify-email?token=${token}` });
  });
}
