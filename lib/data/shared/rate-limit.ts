import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { rowsOf } from "@/db/rows";
import { AppError } from "@/lib/errors";

export type Limit = { key: string; max: number; windowSeconds: number };

/**
 * Fixed-window counter in PostgreSQL, so every app instance shares it (no sticky sessions).
 * Counts the attempt and answers whether it is over the limit.
 */
export async function hit(db: DbOrTx, limit: Limit, now = new Date()): Promise<{ limited: boolean; retryAfter: number }> {
  const windowMs = limit.windowSeconds * 1000;
  const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const rows = await db.execute(sql`
    INSERT INTO rate_limits (key, window_start, count) VALUES (${limit.key}, ${start.toISOString()}::timestamptz, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limits.count + 1
    RETURNING count`);
  const count = Number(rowsOf<{ count: number }>(rows)[0]?.count ?? 0);
  const retryAfter = Math.ceil((start.getTime() + windowMs - now.getTime()) / 1000);
  return { limited: count > limit.max, retryAfter };
}

/**
 * Gives back an attempt counted by `hit` (a sign-in that turned out to be right). Counting first
 * and giving back afterwards is what makes the limit hold under parallel requests: the check and
 * the count are one statement (issue 12 defect 5).
 */
export async function release(db: DbOrTx, limit: Limit, now = new Date()): Promise<void> {
  const windowMs = limit.windowSeconds * 1000;
  const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  await db.execute(sql`
    UPDATE rate_limits SET count = greatest(count - 1, 0) WHERE key = ${limit.key} AND window_start = ${start.toISOString()}::timestamptz`);
}

/** Forgets every window of a key (a password reset clears the account's failed attempts). */
export async function clearLimit(db: DbOrTx, key: string): Promise<void> {
  await db.execute(sql`DELETE FROM rate_limits WHERE key = ${key}`);
}

/** The current window's count without adding to it. */
export async function peek(db: DbOrTx, limit: Limit, now = new Date()): Promise<{ limited: boolean; retryAfter: number }> {
  const windowMs = limit.windowSeconds * 1000;
  const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const rows = await db.execute(sql`
    SELECT count FROM rate_limits WHERE key = ${limit.key} AND window_start = ${start.toISOString()}::timestamptz`);
  const count = Number(rowsOf<{ count: number }>(rows)[0]?.count ?? 0);
  return { limited: count >= limit.max, retryAfter: Math.ceil((start.getTime() + windowMs - now.getTime()) / 1000) };
}

/** Counts one attempt against each limit, in order; the first one over its limit refuses with 429. */
export async function enforceLimits(db: DbOrTx, limits: readonly Limit[]): Promise<void> {
  for (const limit of limits) {
    const r = await hit(db, limit);
    if (r.limited) throw new AppError("rate_limited", "errors.rate_limited", {}, { retryAfter: r.retryAfter });
  }
}
