import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { outboundEmails } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { parseInput } from "@/lib/data/shared/parse";
import { listOutboxSchema } from "@/lib/validation/notifications";

export const OUTBOX_PAGE_SIZE = 30;

export type OutboundEmailDto = {
  id: string;
  toAddress: string;
  subject: string;
  body: string;
  status: string;
  error: string | null;
  createdAt: Date;
  sentAt: Date | null;
};

/** Every recorded outgoing email, newest first (admins; "outbox.read"). */
export async function listOutbox(actor: Actor, input: unknown = {}) {
  authorize(actor, "outbox.read");
  const { status, page } = parseInput(listOutboxSchema, input);
  const db = await getDb();
  const where = status ? eq(outboundEmails.status, status) : undefined;
  const [items, [{ total }]] = await Promise.all([
    db
      .select()
      .from(outboundEmails)
      .where(where)
      .orderBy(desc(outboundEmails.createdAt), desc(outboundEmails.id))
      .limit(OUTBOX_PAGE_SIZE)
      .offset((page - 1) * OUTBOX_PAGE_SIZE),
    db.select({ total: count() }).from(outboundEmails).where(where),
  ]);
  return { items: items as OutboundEmailDto[], total, page, status: status ?? null, pages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)) };
}
