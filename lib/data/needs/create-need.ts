import "server-only";
import { getDb } from "@/db/client";
import { needs } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { organizationInScope } from "@/lib/data/organizations/org-scope";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { mapDbError } from "@/lib/errors";
import { createNeedSchema } from "@/lib/validation/needs";
import { assertNeedRules, needColumns, replaceLanguages } from "./need-fields";
import { facilityOfOrganization } from "./facility-of-organization";

/**
 * Creates a draft need. Any organisation member may prepare drafts, pending organisations
 * included; publishing is a separate step that requires verification (issue 4).
 */
export async function createNeed(actor: Actor, input: unknown): Promise<{ id: string }> {
  const data = parseInput(createNeedSchema, input);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const { actor: a, org } = await organizationInScope(tx, actor, data.organizationId, "need.manage");
      const facility = await facilityOfOrganization(tx, org.id, data.facilityId);
      await assertNeedRules(tx, data, true);
      const [row] = await tx
        .insert(needs)
        .values({ ...needColumns(data, facility.districtCode), organizationId: org.id, status: "draft", createdBy: a.id })
        .returning({ id: needs.id });
      await replaceLanguages(tx, row.id, data);
      await writeAudit(tx, actor, {
        action: "need.created",
        objectType: "need",
        objectId: row.id,
        after: { organizationId: org.id, title: data.title, type: data.type },
      });
      return { id: row.id };
    });
  } catch (e) {
    mapDbError(e);
  }
}
