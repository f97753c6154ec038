import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organizationMembers } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError } from "@/lib/errors";
import { memberRefSchema } from "@/lib/validation/organizations";
import { organizationInScope } from "./org-scope";

/** An organisation admin removes a member; the last admin stays, so the organisation is never orphaned. */
export async function removeMember(actor: Actor, input: unknown): Promise<void> {
  const data = parseInput(memberRefSchema, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    await organizationInScope(tx, actor, data.organizationId, "organization.members.manage", { forUpdate: true });
    const [member] = await tx
      .select()
      .from(organizationMembers)
      .where(and(eq(organizationMembers.organizationId, data.organizationId), eq(organizationMembers.userId, data.userId)));
    if (!member) throw new AppError("not_found");
    if (member.isAdmin) {
      const [{ admins }] = await tx
        .select({ admins: sql<number>`count(*)::int` })
        .from(organizationMembers)
        .where(and(eq(organizationMembers.organizationId, data.organizationId), eq(organizationMembers.isAdmin, true)));
      if (admins <= 1) throw new AppError("rule_violation", "organization.errors.lastAdmin");
    }
    await tx.delete(organizationMembers).where(and(eq(organizationMembers.organizationId, data.organizationId), eq(organizationMembers.userId, data.userId)));
    await writeAudit(tx, actor, {
      action: "organization.member_removed",
      objectType: "organization",
      objectId: data.organizationId,
      before: { userId: data.userId, isAdmin: member.isAdmin },
    });
  });
}
