import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, asc, count, eq, gt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { calendarTokens, organizationMembers, userRoles, users } from "@/db/schema";
import type { Actor, Role } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError } from "@/lib/errors";
import { appUrl } from "@/lib/http/app-url";
import { calendarFeedTokenSchema, revokeCalendarTokenSchema } from "@/lib/validation/calendar";
import type { CalendarViewer } from "./calendar-placements";
import type { DbOrTx } from "@/db/client";

export const MAX_ACTIVE_TOKENS = 5;

/** Only the SHA-256 of a token is stored: a database leak does not reveal working feed URLs. */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const feedUrl = (token: string) => `${appUrl()}/api/v1/calendar/feed/${token}.ics`;

export type CalendarTokenDto = { id: string; createdAt: Date; expiresAt: Date; lastUsedAt: Date | null };

/** Issue 12 defect 7: a feed URL ends by itself after a year. */
export const FEED_DAYS = 365;

const live = () => and(eq(calendarTokens.revoked, false), gt(calendarTokens.expiresAt, sql`now()`));

/** Password change or reset, sign-out everywhere: every feed URL stops working (inside the caller's transaction). */
export async function revokeAllCalendarTokens(tx: DbOrTx, userId: string): Promise<void> {
  await tx
    .update(calendarTokens)
    .set({ revoked: true })
    .where(and(eq(calendarTokens.userId, userId), eq(calendarTokens.revoked, false)));
}

export async function listCalendarTokens(actor: Actor): Promise<CalendarTokenDto[]> {
  authorize(actor, "calendar.read"); // collection level: every query below is narrowed to the actor
  const db = await getDb();
  return db
    .select({ id: calendarTokens.id, createdAt: calendarTokens.createdAt, expiresAt: calendarTokens.expiresAt, lastUsedAt: calendarTokens.lastUsedAt })
    .from(calendarTokens)
    .where(and(eq(calendarTokens.userId, actor.id), live()))
    .orderBy(asc(calendarTokens.createdAt));
}

/** Creates a private feed URL. The token is returned this once and never stored in clear. */
export async function createCalendarToken(actor: Actor): Promise<{ id: string; token: string; url: string }> {
  authorize(actor, "calendar.read"); // collection level: every query below is narrowed to the actor
  const token = randomBytes(32).toString("base64url");
  const db = await getDb();
  const id = await db.transaction(async (tx) => {
    // Lock the user's row so two clicks at once cannot both pass the limit.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, actor.id)).for("update");
    const [{ n }] = await tx
      .select({ n: count() })
      .from(calendarTokens)
      .where(and(eq(calendarTokens.userId, actor.id), live()));
    if (n >= MAX_ACTIVE_TOKENS) throw new AppError("rule_violation", "notifications.calendar.tooMany");
    const [row] = await tx
      .insert(calendarTokens)
      .values({ userId: actor.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + FEED_DAYS * 86400_000) })
      .returning({ id: calendarTokens.id });
    await writeAudit(tx, actor, { action: "calendar.token_created", objectType: "calendar_token", objectId: row.id });
    return row.id;
  });
  return { id, token, url: feedUrl(token) };
}

/** Another user's token id answers not_found (ids reveal nothing). */
export async function revokeCalendarToken(actor: Actor, input: unknown): Promise<void> {
  authorize(actor, "calendar.read"); // collection level: every query below is narrowed to the actor
  const { id } = parseInput(revokeCalendarTokenSchema, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const rows = await tx
      .update(calendarTokens)
      .set({ revoked: true })
      .where(and(eq(calendarTokens.id, id), eq(calendarTokens.userId, actor.id), eq(calendarTokens.revoked, false)))
      .returning({ id: calendarTokens.id });
    if (!rows.length) throw new AppError("not_found");
    await writeAudit(tx, actor, { action: "calendar.token_revoked", objectType: "calendar_token", objectId: id });
  });
}

/**
 * The feed's viewer, found by token alone (calendar apps cannot sign in). Roles and memberships are
 * read now, so a revoked role or a deactivated account stops the feed at once. Unknown, malformed,
 * revoked and expired tokens all answer null (the route says 404). Each use is recorded, so the
 * owner sees which URLs are still read.
 */
export async function unsafeFindViewerByFeedToken(rawToken: string): Promise<CalendarViewer | null> {
  const parsed = calendarFeedTokenSchema.safeParse(rawToken);
  if (!parsed.success) return null;
  const db = await getDb();
  const [row] = await db
    .select({ id: calendarTokens.id, userId: users.id, locale: users.locale, status: users.status })
    .from(calendarTokens)
    .innerJoin(users, eq(users.id, calendarTokens.userId))
    .where(and(eq(calendarTokens.tokenHash, hashToken(parsed.data)), live()));
  if (!row || row.status !== "active") return null;
  await db.update(calendarTokens).set({ lastUsedAt: new Date() }).where(eq(calendarTokens.id, row.id));
  const [roles, orgs] = await Promise.all([
    db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, row.userId)),
    db.select({ id: organizationMembers.organizationId }).from(organizationMembers).where(eq(organizationMembers.userId, row.userId)),
  ]);
  return { id: row.userId, locale: row.locale, roles: new Set(roles.map((r) => r.role as Role)), organizationIds: orgs.map((o) => o.id) };
}

/** The signed-in actor as a calendar viewer (the download route). */
export async function viewerForActor(actor: Actor): Promise<CalendarViewer> {
  authorize(actor, "calendar.read"); // collection level: every query below is narrowed to the actor
  const db = await getDb();
  const [u] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, actor.id));
  return { id: actor.id, roles: actor.roles, organizationIds: actor.organizationIds, locale: u?.locale ?? "en" };
}
