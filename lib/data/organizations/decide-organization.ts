import "server-only";
import { getDb } from "@/db/client";
import { eq } from "drizzle-orm";
import { organizations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { notify } from "@/lib/data/notifications/notify";
import { organizationMemberIds } from "@/lib/data/placements/placement-context";
import { AppError } from "@/lib/errors";
import { decideOrganizationSchema } from "@/lib/validation/organizations";

/**
 * A coordinator verifies or rejects an organisation (DESIGN rule 6: a recorded human decision).
 * Only a verified organisation can publish needs.
 */
export async function decideOrganization(actor: Actor, input: unknown): Promise<{ status: "verified" | "rejected" }> {
  authorize(actor, "organization.verify");
  const data = parseInput(decideOrganizationSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [org] = await tx.select().from(organizations).where(eq(organizations.id, data.organizationId)).for("update");
    if (!org) throw new AppError("not_found");
    const status = data.decision === "verify" ? "verified" : "rejected";
    await tx
      .update(organizations)
      .set({ status, statusNote: data.note ?? null, verifiedBy: actor.id, verifiedAt: new Date() })
      .where(eq(organizations.id, org.id));
    await writeAudit(tx, actor, {
      action: `organization.${status}`,
      objectType: "organization",
      objectId: org.id,
      before: { status: org.status },
      after: { status, note: data.note ?? null },
    });
    // The organisation learns the decision, and the note when rejected (issue 18).
    for (const userId of await organizationMemberIds(tx, org.id)) {
      await notify(tx, {
        userId,
        kind: "organization_decided",
        params: { organizationName: org.name, status, ...(data.note ? { note: data.note } : {}) },
        link: `/organization/${org.id}`,
      });
    }
    return { status };
  });
}
