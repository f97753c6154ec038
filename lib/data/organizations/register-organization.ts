import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organizations, organizationMembers, refDistricts, refStates } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { parseInput } from "@/lib/data/shared/parse";
import { notifyCoordinators } from "@/lib/data/notifications/coordinators";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError, mapDbError } from "@/lib/errors";
import { registerOrganizationSchema } from "@/lib/validation/organizations";

/**
 * Registers an organisation with the actor as its first admin member. It starts "pending": it can
 * prepare drafts but publishes nothing until a coordinator verifies it (issue 4).
 */
export async function registerOrganization(actor: Actor, input: unknown): Promise<{ id: string }> {
  authorize(actor, "organization.register");
  const data = parseInput(registerOrganizationSchema, input);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [state] = await tx.select({ code: refStates.code }).from(refStates).where(eq(refStates.code, data.stateCode));
      if (!state) throw new AppError("invalid_input", "errors.invalid_input", { stateCode: ["invalid"] });
      if (data.districtCode !== undefined) {
        const [d] = await tx
          .select({ code: refDistricts.code })
          .from(refDistricts)
          .where(and(eq(refDistricts.code, data.districtCode), eq(refDistricts.stateCode, data.stateCode)));
        if (!d) throw new AppError("invalid_input", "errors.invalid_input", { districtCode: ["organization.errors.districtNotInState"] });
      }
      const [org] = await tx
        .insert(organizations)
        .values({
          name: data.name,
          kind: data.kind,
          stateCode: data.stateCode,
          districtCode: data.districtCode ?? null,
          contactEmail: data.contactEmail,
          contactPhone: data.contactPhone ?? null,
          status: "pending",
          createdBy: actor.id,
        })
        .returning({ id: organizations.id });
      await tx.insert(organizationMembers).values({ organizationId: org.id, userId: actor.id, isAdmin: true });
      await writeAudit(tx, actor, {
        action: "organization.registered",
        objectType: "organization",
        objectId: org.id,
        after: { name: data.name, kind: data.kind },
      });
      // Coordinators verify organisations (DESIGN rule 6): they hear of a new one (issue 18).
      await notifyCoordinators(tx, {
        kind: "organization_registered",
        params: { organizationName: data.name },
        link: "/coordinator/organizations",
        dedupeKey: `organization_registered:${org.id}`,
      });
      return { id: org.id };
    });
  } catch (e) {
    mapDbError(e);
  }
}
