import "server-only";
import { and, count, desc, eq, ilike, type SQL } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { securityEvents, type securityEventKinds } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { parseInput } from "@/lib/data/shared/parse";
import { listOwnSecurityEventsSchema, searchSecurityEventsSchema } from "@/lib/validation/security-log";

export type SecurityEventKind = (typeof securityEventKinds)[number];
export type SecurityEventDto = { id: string; email: string; kind: string; ip: string | null; userAgent: string | null; createdAt: Date };

export const SECURITY_LOG_PAGE_SIZE = 50;

/** Appends one row. Never throws into the sign-in it records: a log failure must not lock anyone out. */
export async function recordSecurityEvent(
  db: DbOrTx,
  event: { userId: string | null; email: string; kind: SecurityEventKind; ip?: string | null; userAgent?: string | null },
): Promise<void> {
  try {
    await db.insert(securityEvents).values({
      userId: event.userId,
      email: event.email.slice(0, 254),
      kind: event.kind,
      ip: event.ip ?? null,
      userAgent: event.userAgent?.slice(0, 300) ?? null,
    });
  } catch (e) {
    console.error("[security-log] could not record", event.kind, e);
  }
}

const columns = {
  id: securityEvents.id,
  email: securityEvents.email,
  kind: securityEvents.kind,
  ip: securityEvents.ip,
  userAgent: securityEvents.userAgent,
  createdAt: securityEvents.createdAt,
};

async function page(where: SQL | undefined, pageNo: number) {
  const db = await getDb();
  const [items, [{ total }]] = await Promise.all([
    db
      .select(columns)
      .from(securityEvents)
      .where(where)
      .orderBy(desc(securityEvents.createdAt), desc(securityEvents.id))
      .limit(SECURITY_LOG_PAGE_SIZE)
      .offset((pageNo - 1) * SECURITY_LOG_PAGE_SIZE),
    db.select({ total: count() }).from(securityEvents).where(where),
  ]);
  return { items: items as SecurityEventDto[], total, page: pageNo, pages: Math.max(1, Math.ceil(total / SECURITY_LOG_PAGE_SIZE)) };
}

/** The signed-in person's own security log, newest first. */
export async function listOwnSecurityEvents(actor: Actor, input: unknown = {}) {
  authorize(actor, "account.manage"); // collection level: narrowed to the actor below
  const { page: pageNo } = parseInput(listOwnSecurityEventsSchema, input);
  return page(eq(securityEvents.userId, actor.id), pageNo);
}

/** Admins search everyone's log by address (part of it) and kind. */
export async function searchSecurityEvents(actor: Actor, input: unknown = {}) {
  authorize(actor, "security.log.read");
  const { email, kind, page: pageNo } = parseInput(searchSecurityEventsSchema, input);
  const filters: SQL[] = [];
  if (email) filters.push(ilike(securityEvents.email, `%${email.replace(/[\\%_]/g, (c) => "\\" + c)}%`));
  if (kind) filters.push(eq(securityEvents.kind, kind));
  const result = await page(filters.length ? and(...filters) : undefined, pageNo);
  return { ...result, email: email ?? null, kind: kind ?? null };
}
