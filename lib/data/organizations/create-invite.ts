import "server-only";
import { getDb } from "@/db/client";
import { organizationInvites } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { createInviteSchema } from "@/lib/validation/organizations";
import { organizationInScope } from "./org-scope";
import { newInviteToken } from "./invite-token";

/**
 * An organisation admin invites a colleague with a single-use link that expires. Only the token's
 * hash is stored, so a database reader cannot join; the token is returned once, to build the link.
 */
export async function createInvite(actor: Actor, input: unknown): Promise<{ token: string; expiresAt: Date }> {
  const data = parseInput(createInviteSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { actor: a } = await organizationInScope(tx, actor, data.organizationId, "organization.members.manage");
    const { token, hash } = newInviteToken();
    const expiresAt = new Date(Date.now() + data.expiresInDays * 86_400_000);
    const [row] = await tx
      .insert(organizationInvites)
      .values({ organizationId: data.organizationId, tokenHash: hash, email: data.email ?? null, expiresAt, createdBy: a.id })
      .returning({ id: organizationInvites.id });
    await writeAudit(tx, actor, {
      action: "organization.invite_created",
      objectType: "organization",
      objectId: data.organizationId,
      after: { inviteId: row.id, email: data.email ?? null, expiresAt },
    });
    return { token, expiresAt };
  });
}
