import "server-only";
import { desc, ilike, or, sql, ne, and } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { users, userRoles } from "@/db/schema";
import type { Actor, Role } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { parseInput } from "@/lib/data/shared/parse";

const listUsersSchema = z.object({
  q: z.string().trim().max(200).optional().default(""),
  page: z.coerce.number().int().min(1).max(10_000).optional().default(1),
});

export type UserRow = { id: string; email: string; name: string; status: "active" | "deactivated" | "deleted"; roles: Role[] };

export const USERS_PAGE_SIZE = 25;

export async function listUsers(actor: Actor, input: unknown): Promise<{ rows: UserRow[]; total: number; page: number }> {
  authorize(actor, "admin.accounts");
  const { q, page } = parseInput(listUsersSchema, input);
  const db = await getDb();
  const pattern = `%${q.replace(/[\\%_]/g, (c) => "\\" + c)}%`;
  const where = and(ne(users.status, "deleted"), q ? or(ilike(users.email, pattern), ilike(users.name, pattern)) : undefined);
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      status: users.status,
      roles: sql<Role[]>`coalesce((select array_agg(r.role::text order by r.role) from ${userRoles} r where r.user_id = ${users.id}), '{}')`,
    })
    .from(users)
    .where(where)
    .orderBy(desc(users.createdAt), users.id)
    .limit(USERS_PAGE_SIZE)
    .offset((page - 1) * USERS_PAGE_SIZE);
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(users)
    .where(where);
  return { rows: rows.map((r) => ({ ...r, roles: Array.isArray(r.roles) ? r.roles : [] })), total, page };
}
