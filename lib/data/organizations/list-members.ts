import "server-only";
import { and, asc, desc, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organizationInvites, organizationMembers, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { parseInput } from "@/lib/data/shared/parse";
import { organizationRefSchema } from "@/lib/validation/organizations";
import { organizationInScope } from "./org-scope";

export type MemberRow = { userId: string; name: string; email: string; isAdmin: boolean; joinedAt: Date };
export type PendingInvite = { id: string; email: string | null; expiresAt: Date; createdAt: Date };

/** Members of one organisation, and its invites that are still usable (for its members only). */
export async function listMembers(actor: Actor, input: unknown): Promise<{ members: MemberRow[]; invites: PendingInvite[] }> {
  const { organizationId } = parseInput(organizationRefSchema, input);
  const db = await getDb();
  await organizationInScope(db, actor, organizationId, "organization.read");
  const members = await db
    .select({ userId: users.id, name: users.name, email: users.email, isAdmin: organizationMembers.isAdmin, joinedAt: organizationMembers.joinedAt })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(eq(organizationMembers.organizationId, organizationId))
    .orderBy(desc(organizationMembers.isAdmin), asc(users.name));
  const invites = await db
    .select({
      id: organizationInvites.id,
      email: organizationInvites.email,
      expiresAt: organizationInvites.expiresAt,
      createdAt: organizationInvites.createdAt,
    })
    .from(organizationInvites)
    .where(and(eq(organizationInvites.organizationId, organizationId), isNull(organizationInvites.usedAt), gt(organizationInvites.expiresAt, new Date())))
    .orderBy(desc(organizationInvites.createdAt));
  return { members, invites };
}
