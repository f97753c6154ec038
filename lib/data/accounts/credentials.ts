import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, userRoles } from "@/db/schema";
import { normalizeEmail } from "@/lib/auth/email";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { parseInput } from "@/lib/data/shared/parse";
import { hit, peek } from "@/lib/data/shared/rate-limit";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError, mapDbError } from "@/lib/errors";
import { signInSchema, signUpSchema } from "@/lib/validation/auth";
import { recordVolunteerSignUp } from "@/lib/data/volunteers/sign-up-volunteer";

// Per account and per IP (issue 2). Windows are short enough that a real person is not locked out
// long; the per-address limit is looser because many people can share one address (a hospital NAT).
export const signInLimits = { perAccount: 10, perIp: 300, windowSeconds: 15 * 60, signUpsPerIpHour: 20 };
const accountLimit = (email: string) => ({ key: `signin:acct:${email}`, max: signInLimits.perAccount, windowSeconds: signInLimits.windowSeconds });
const ipLimit = (ip: string) => ({ key: `signin:ip:${ip}`, max: signInLimits.perIp, windowSeconds: signInLimits.windowSeconds });
const signUpIpLimit = (ip: string) => ({ key: `signup:ip:${ip}`, max: signInLimits.signUpsPerIpHour, windowSeconds: 60 * 60 });

export type CredentialCheck =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" | "rate_limited"; retryAfter?: number };

/**
 * Checks email + password. Unknown and known emails answer identically (same result, and an argon2
 * verification either way so the timing matches). Failed attempts count towards both limits; once
 * either is reached every attempt is refused until the window ends, even with the right password.
 */
export async function verifyCredentials(input: unknown, ip: string | null): Promise<CredentialCheck> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const email = normalizeEmail(parsed.data.email);
  const db = await getDb();
  const byAccount = await peek(db, accountLimit(email));
  const byIp = ip ? await peek(db, ipLimit(ip)) : { limited: false, retryAfter: 0 };
  if (byAccount.limited || byIp.limited) {
    return { ok: false, reason: "rate_limited", retryAfter: Math.max(byAccount.retryAfter, byIp.retryAfter) };
  }
  const [user] = await db
    .select({ id: users.id, hash: users.passwordHash, status: users.status, isDemo: users.isDemo })
    .from(users)
    .where(eq(users.email, email));
  const valid = await verifyPassword(user?.hash, parsed.data.password);
  if (!user || !valid || user.status !== "active") {
    await hit(db, accountLimit(email));
    if (ip) await hit(db, ipLimit(ip));
    return { ok: false, reason: "invalid" };
  }
  // Demo accounts share a published password: they sign in only while the server runs in demo mode.
  if (user.isDemo && process.env.SKILLFLOW_DEMO !== "1") return { ok: false, reason: "invalid" };
  return { ok: true, userId: user.id };
}

/**
 * Creates an account with the role its sign-up form chose (volunteer or organisation member:
 * the two self-service roles; coordinator and admin are granted by an admin).
 */
export async function signUp(input: unknown, ip: string | null): Promise<{ userId: string }> {
  const data = parseInput(signUpSchema, input);
  const db = await getDb();
  if (ip) {
    const limited = await hit(db, signUpIpLimit(ip));
    if (limited.limited) throw new AppError("rate_limited", "errors.rate_limited", {}, { retryAfter: limited.retryAfter });
  }
  const email = normalizeEmail(data.email);
  const passwordHash = await hashPassword(data.password);
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx.insert(users).values({ email, name: data.name, passwordHash }).returning({ id: users.id });
      await tx.insert(userRoles).values({ userId: user.id, role: data.accountType });
      // Issue 3: volunteers join with their consents and the adults-only evidence recorded.
      if (data.accountType === "volunteer") await recordVolunteerSignUp(tx, user.id, data);
      await writeAudit(tx, { id: user.id }, { action: "account.created", objectType: "user", objectId: user.id, after: { role: data.accountType } });
      return { userId: user.id };
    });
  } catch (e) {
    mapDbError(e);
  }
}
