import "server-only";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notifications } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { parseInput } from "@/lib/data/shared/parse";
import { AppError } from "@/lib/errors";
import { listNotificationsSchema, markNotificationReadSchema } from "@/lib/validation/notifications";
import type { NotificationParams } from "@/lib/vocabulary/notification-kinds";

export const INBOX_PAGE_SIZE = 25;

export type NotificationDto = {
  id: string;
  kind: string;
  params: NotificationParams;
  link: string | null;
  readAt: Date | null;
  createdAt: Date;
};

export type NotificationPage = { items: NotificationDto[]; total: number; page: number; pages: number; unread: number };

const own = (actor: Actor) => ({ ownerId: actor.kind === "user" ? actor.id : null });

/** The actor's own notifications, newest first. Rendering into text happens in the reader's locale. */
export async function listNotifications(actor: Actor, input: unknown = {}): Promise<NotificationPage> {
  authorize(actor, "notifications.read", own(actor));
  const { unreadOnly, page } = parseInput(listNotificationsSchema, input);
  const db = await getDb();
  const where = unreadOnly ? and(eq(notifications.userId, actor.id), isNull(notifications.readAt)) : eq(notifications.userId, actor.id);
  const [items, [{ total }], unread] = await Promise.all([
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        params: notifications.params,
        link: notifications.link,
        readAt: notifications.readAt,
        createdAt: notifications.createdAt,
      })
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(INBOX_PAGE_SIZE)
      .offset((page - 1) * INBOX_PAGE_SIZE),
    db.select({ total: count() }).from(notifications).where(where),
    countUnreadNotifications(actor),
  ]);
  return {
    items: items.map((n) => ({ ...n, params: (n.params ?? {}) as NotificationParams })),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)),
    unread,
  };
}

/** For the header badge: uses the (user_id, read_at) index. */
export async function countUnreadNotifications(actor: Actor): Promise<number> {
  authorize(actor, "notifications.read", own(actor));
  const db = await getDb();
  const [{ n }] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)));
  return n;
}

/**
 * Marks one of the actor's notifications read and answers where it points (an app path, or null).
 * Someone else's notification id answers not_found, like a missing one (ids reveal nothing).
 */
export async function markNotificationRead(actor: Actor, input: unknown): Promise<{ link: string | null }> {
  authorize(actor, "notifications.read", own(actor));
  const { id } = parseInput(markNotificationReadSchema, input);
  const db = await getDb();
  const [row] = await db
    .select({ userId: notifications.userId, readAt: notifications.readAt, link: notifications.link })
    .from(notifications)
    .where(eq(notifications.id, id));
  if (!row || row.userId !== actor.id) throw new AppError("not_found");
  if (!row.readAt) {
    await db
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(eq(notifications.id, id), isNull(notifications.readAt)));
  }
  return { link: safeAppPath(row.link) };
}

/** Only same-site paths are followed: a stored link never becomes an open redirect. */
export function safeAppPath(link: string | null): string | null {
  if (!link || !link.startsWith("/") || link.startsWith("//") || link.startsWith("/\\")) return null;
  return link;
}

export async function markAllNotificationsRead(actor: Actor): Promise<number> {
  authorize(actor, "notifications.read", own(actor));
  const db = await getDb();
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
