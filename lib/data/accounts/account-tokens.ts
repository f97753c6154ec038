import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { accountTokens } from "@/db/schema";

export type AccountTokenPurpose = "verify_email" | "reset_password";

/** Lifetimes from issue 12: a verification link lasts 24 hours, a reset link 30 minutes. */
export const tokenLifetimeMs: Record<AccountTokenPurpose, number> = {
  verify_email: 24 * 3600_000,
  reset_password: 30 * 60_000,
};

export const hashAccountToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new link token; earlier unused ones for the same purpose stop working (only the newest link counts). */
export async function issueAccountToken(tx: DbOrTx, userId: string, purpose: AccountTokenPurpose): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx
    .update(accountTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
  await tx.insert(accountTokens).values({
    userId,
    purpose,
    tokenHash: hashAccountToken(token),
    expiresAt: new Date(Date.now() + tokenLifetimeMs[purpose]),
  });
  return token;
}

/**
 * Uses a token once: the UPDATE … WHERE used_at IS NULL RETURNING is atomic, so two clicks at the
 * same time cannot both succeed. Unknown, used, expired and malformed tokens all answer null.
 */
export async function consumeAccountToken(tx: DbOrTx, rawToken: unknown, purpose: AccountTokenPurpose): Promise<string | null> {
  if (typeof rawToken !== "string" || !/^[A-Za-z0-9_-]{20,100}$/.test(rawToken)) return null;
  const rows = await tx
    .update(accountTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(accountTokens.tokenHash, hashAccountToken(rawToken)),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, new Date()),
      ),
    )
    .returning({ userId: accountTokens.userId });
  return rows[0]?.userId ?? null;
}
