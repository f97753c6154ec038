import "server-only";
import { and, desc, eq, gte, like, lt, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { addDays } from "@/lib/data/placements/period-rules";
import { parseInput } from "@/lib/data/shared/parse";
import { auditQuerySchema } from "@/lib/validation/audit";

export type AuditRow = {
  id: number;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  before: unknown;
  after: unknown;
};

/**
 * The audit log, newest first, for coordinators and admins (DESIGN rule 6). Keyset pagination on
 * the id (`before` = the last id shown), never OFFSET, so page 10,000 costs what page 1 does at
 * millions of rows; each filter has an (column, id) index. An action ending in "*" matches a prefix.
 * Dates are programme days (Asia/Kolkata).
 */
export async function listAuditLog(actor: Actor, input: unknown): Promise<{ rows: AuditRow[]; nextBefore: number | null }> {
  authorize(actor, "audit.read");
  const q = parseInput(auditQuerySchema, input);
  const conds: SQL[] = [];
  if (q.actor) conds.push(eq(auditLog.actorId, q.actor));
  if (q.action) {
    if (q.action.endsWith("*")) conds.push(like(auditLog.action, q.action.slice(0, -1).replace(/[\\%_]/g, (c) => "\\" + c) + "%"));
    else conds.push(eq(auditLog.action, q.action));
  }
  if (q.objectType) conds.push(eq(auditLog.objectType, q.objectType));
  if (q.objectId) conds.push(eq(auditLog.objectId, q.objectId));
  if (q.from) conds.push(gte(auditLog.at, sql`(${q.from}::date)::timestamp AT TIME ZONE 'Asia/Kolkata'`));
  if (q.to) conds.push(lt(auditLog.at, sql`(${addDays(q.to, 1)}::date)::timestamp AT TIME ZONE 'Asia/Kolkata'`));
  if (q.before) conds.push(lt(auditLog.id, q.before));
  const db = await getDb();
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorName: users.name,
      action: auditLog.action,
      objectType: auditLog.objectType,
      objectId: auditLog.objectId,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(q.limit + 1);
  const more = rows.length > q.limit;
  const page = more ? rows.slice(0, q.limit) : rows;
  return { rows: page, nextBefore: more ? page[page.length - 1].id : null };
}
