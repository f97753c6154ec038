import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organizationInvites, organizationMembers, organizations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError } from "@/lib/errors";
import { acceptInviteSchema } from "@/lib/validation/organizations";
import { hashInviteToken } from "./invite-token";

/**
 * Joins the organisation an invite link names. Single use: the invite is claimed with one
 * conditional UPDATE, so two people clicking the same link at once cannot both join.
 * Only organisation accounts join (the same permission that lets them register one).
 */
export async function acceptInvite(actor: Actor, input: unknown): Promise<{ organizationId: string; organizationName: string }> {
  authorize(actor, "organization.register");
  const { token } = parseInput(acceptInviteSchema, input);
  const hash = hashInviteToken(token);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [invite] = await tx.select().from(organizationInvites).where(eq(organizationInvites.tokenHash, hash));
    // The same answer for unknown, used and expired links: the token is the only secret.
    const invalid = () => new AppError("rule_violation", "organization.errors.inviteInvalid");
    if (!invite) throw invalid();
    if (invite.email && invite.email !== actor.email) throw new AppError("rule_violation", "organization.errors.inviteOtherEmail");
    const claimed = await tx
      .update(organizationInvites)
      .set({ usedAt: new Date(), usedBy: actor.id })
      .where(and(eq(organizationInvites.id, invite.id), isNull(organizationInvites.usedAt), gt(organizationInvites.expiresAt, new Date())))
      .returning({ id: organizationInvites.id });
    if (claimed.length === 0) throw invalid();
    await tx.insert(organizationMembers).values({ organizationId: invite.organizationId, userId: actor.id, isAdmin: false }).onConflictDoNothing();
    const [org] = await tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, invite.organizationId));
    await writeAudit(tx, actor, {
      action: "organization.member_joined",
      objectType: "organization",
      objectId: invite.organizationId,
      after: { userId: actor.id, inviteId: invite.id },
    });
    return { organizationId: invite.organizationId, organizationName: org?.name ?? "" };
  });
}
