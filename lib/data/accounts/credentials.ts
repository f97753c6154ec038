import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, userRoles } from "@/db/schema";
import { normalizeEmail } from "@/lib/auth/email";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { parseInput } from "@/lib/data/shared/parse";
import { enforceLimits, hit, release } from "@/lib/data/shared/rate-limit";
import { writeAudit } from "@/lib/data/shared/audit";
import { mapDbError, sqlState } from "@/lib/errors";
import { signInSchema, signUpSchema } from "@/lib/validation/auth";
import { recordVolunteerSignUp } from "@/lib/data/volunteers/sign-up-volunteer";
import { findTrustedDevice, rememberDevice } from "./trusted-devices";
import { issueAccountToken } from "./account-tokens";
import { queueAccountEmail } from "./account-email";
import { isDemoMode } from "./demo-mode";
import { recordSecurityEvent, type SecurityEventKind } from "./security-log";
import { isLocale, type Locale } from "@/messages";

// Per account (or per known device) and per address. The design is ADR 010 (throttling): every
// attempt is counted before the password is checked, in one statement, and a right password gives
// its count back; failures from the owner's known device count against that device only, so a
// flood from elsewhere cannot lock the owner out.
export const signInLimits = { perAccount: 10, perDevice: 10, perIp: 300, windowSeconds: 15 * 60, signUpsPerIpHour: 20 };
export const accountLimitKey = (email: string) => `signin:acct:${email}`;
const accountLimit = (email: string) => ({ key: accountLimitKey(email), max: signInLimits.perAccount, windowSeconds: signInLimits.windowSeconds });
const deviceLimit = (deviceId: string) => ({ key: `signin:dev:${deviceId}`, max: signInLimits.perDevice, windowSeconds: signInLimits.windowSeconds });
const ipLimit = (ip: string) => ({ key: `signin:ip:${ip}`, max: signInLimits.perIp, windowSeconds: signInLimits.windowSeconds });
const signUpIpLimit = (ip: string) => ({ key: `signup:ip:${ip}`, max: signInLimits.signUpsPerIpHour, windowSeconds: 60 * 60 });

export type CredentialCheck =
  { ok: true; userId: string; deviceToken: string } | { ok: false; reason: "invalid" | "rate_limited" | "unverified"; retryAfter?: number };

export type SignInContext = { ip: string | null; deviceToken?: string | null; userAgent?: string | null };

/**
 * Checks email + password. Unknown and known emails answer identically (same result, and an argon2
 * verification either way so the timing matches). "unverified" is answered only after the right
 * password, so it tells nothing to someone who does not know it.
 */
export async function verifyCredentials(input: unknown, context: SignInContext | string | null): Promise<CredentialCheck> {
  const { ip, deviceToken, userAgent } = typeof context === "object" && context !== null ? context : { ip: context, deviceToken: null, userAgent: null };
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const email = normalizeEmail(parsed.data.email);
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, hash: users.passwordHash, status: users.status, isDemo: users.isDemo, verifiedAt: users.emailVerifiedAt })
    .from(users)
    .where(eq(users.email, email));
  const deviceId = user ? await findTrustedDevice(db, user.id, deviceToken) : null;
  const limits = [deviceId ? deviceLimit(deviceId) : accountLimit(email), ...(ip ? [ipLimit(ip)] : [])];
  // Count first (INSERT … ON CONFLICT … RETURNING count): parallel attempts each get their own number.
  const counted = await Promise.all(limits.map((l) => hit(db, l)));
  const log = (kind: SecurityEventKind) => recordSecurityEvent(db, { userId: user?.id ?? null, email, kind, ip, userAgent });
  if (counted.some((c) => c.limited)) {
    await log("sign_in_throttled");
    return { ok: false, reason: "rate_limited", retryAfter: Math.max(...counted.map((c) => c.retryAfter)) };
  }
  const valid = await verifyPassword(user?.hash, parsed.data.password);
  if (!user || !valid || user.status !== "active") {
    await log("sign_in_failed");
    return { ok: false, reason: "invalid" };
  }
  // The right password: this attempt does not count.
  await Promise.all(limits.map((l) => release(db, l)));
  // Demo accounts share a published password: they sign in only while the server runs in demo mode.
  if (user.isDemo && !isDemoMode()) return { ok: false, reason: "invalid" };
  // Demo accounts skip verification in demo mode only (issue 12); everyone else verifies first.
  if (!user.verifiedAt && !(user.isDemo && isDemoMode())) {
    await log("sign_in_unverified");
    return { ok: false, reason: "unverified" };
  }
  const token = await rememberDevice(db, user.id, deviceId, deviceToken);
  await log("sign_in");
  return { ok: true, userId: user.id, deviceToken: token };
}

/**
 * Creates an account with the role its sign-up form chose (volunteer or organization member: the
 * two self-service roles; coordinator and admin are granted by an admin) and emails a verification
 * link. An address that already has an account gets an email saying so instead, and the caller
 * answers "check your email" either way (issue 12 defect 9): sign-up reveals no account.
 * Returns the new user's id, or null when nothing was created (for tests; never shown).
 */
export async function signUp(input: unknown, ip: string | null, locale: Locale = "en"): Promise<{ userId: string | null }> {
  const data = parseInput(signUpSchema, input);
  const db = await getDb();
  if (ip) await enforceLimits(db, [signUpIpLimit(ip)]);
  const email = normalizeEmail(data.email);
  // Hashed in both cases, so the two answers take the same time.
  const passwordHash = await hashPassword(data.password);
  try {
    return await db.transaction(async (tx) => {
      const [existing] = await tx
        .select({ id: users.id, name: users.name, locale: users.locale, status: users.status })
        .from(users)
        .where(eq(users.email, email));
      if (existing) {
        if (existing.status === "active") {
          await queueAccountEmail(tx, { to: email, name: existing.name, locale: existing.locale, kind: "alreadyRegistered" });
        }
        return { userId: null };
      }
      const [user] = await tx
        .insert(users)
        .values({ email, name: data.name, passwordHash, locale: isLocale(locale) ? locale : "en" })
        .returning({ id: users.id });
      await tx.insert(userRoles).values({ userId: user.id, role: data.accountType });
      // Issue 3: volunteers join with their consents and the adults-only evidence recorded.
      if (data.accountType === "volunteer") await recordVolunteerSignUp(tx, user.id, data);
      await writeAudit(tx, { id: user.id }, { action: "account.created", objectType: "user", objectId: user.id, after: { role: data.accountType } });
      const token = await issueAccountToken(tx, user.id, "verify_email");
      await queueAccountEmail(tx, { to: email, name: data.name, locale, kind: "verifyEmail", path: `/verify-email?token=${token}` });
      return { userId: user.id };
    });
  } catch (e) {
    // Two sign-ups for one address at the same moment: the loser answers like everyone else.
    if (sqlState(e) === "23505") return { userId: null };
    mapDbError(e);
  }
}
