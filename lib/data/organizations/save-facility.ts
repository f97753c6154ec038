import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { facilities } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError, mapDbError } from "@/lib/errors";
import { facilitySchema } from "@/lib/validation/organizations";
import { organizationInScope } from "./org-scope";
import { checkPlace } from "./check-place";

/**
 * Adds a facility to an organisation, or edits one of its own (a facility id from another
 * organisation answers not_found and changes nothing). Its needs follow a district change
 * through the facilities trigger (db/migrations/0003_needs_search.sql).
 */
export async function saveFacility(actor: Actor, input: unknown): Promise<{ id: string }> {
  const data = parseInput(facilitySchema, input);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const { org } = await organizationInScope(tx, actor, data.organizationId, "facility.manage");
      await checkPlace(tx, org.stateCode, data.districtCode, data.talukaCode);
      const values = {
        type: data.type,
        name: data.name,
        districtCode: data.districtCode,
        talukaCode: data.talukaCode ?? null,
        address: data.address,
        pincode: data.pincode ?? null,
      };
      if (data.facilityId) {
        const [before] = await tx
          .select()
          .from(facilities)
          .where(and(eq(facilities.id, data.facilityId), eq(facilities.organizationId, org.id)))
          .for("update");
        if (!before) throw new AppError("not_found");
        await tx.update(facilities).set(values).where(eq(facilities.id, before.id));
        await writeAudit(tx, actor, {
          action: "facility.updated",
          objectType: "facility",
          objectId: before.id,
          before: { name: before.name, districtCode: before.districtCode },
          after: values,
        });
        return { id: before.id };
      }
      const [row] = await tx
        .insert(facilities)
        .values({ ...values, organizationId: org.id })
        .returning({ id: facilities.id });
      await writeAudit(tx, actor, { action: "facility.created", objectType: "facility", objectId: row.id, after: { ...values, organizationId: org.id } });
      return { id: row.id };
    });
  } catch (e) {
    mapDbError(e);
  }
}
