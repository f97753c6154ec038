import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { needs, placements } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError, mapDbError } from "@/lib/errors";
import { updateNeedSchema } from "@/lib/validation/needs";
import { assertNeedRules, fieldsOf, languagesOf, needColumns, replaceLanguages } from "./need-fields";
import { needInScope } from "./need-scope";
import { facilityOfOrganization } from "./facility-of-organization";

/**
 * Edits a draft or open need in place: its interests, preferences and matches stay attached
 * (issue 4: editing an open need keeps its interests). The "window in the future" rule applies
 * to drafts and to a moved window or deadline, not to an open need whose window has begun.
 */
export async function updateNeed(actor: Actor, input: unknown): Promise<void> {
  const data = parseInput(updateNeedSchema, input);
  const db = await getDb();
  try {
    await db.transaction(async (tx) => {
      const { need } = await needInScope(tx, actor, data.needId, "need.manage", { forUpdate: true });
      if (need.status !== "draft" && need.status !== "open") throw new AppError("rule_violation", "needs.errors.notEditable");
      const facility = await facilityOfOrganization(tx, need.organizationId, data.facilityId);
      const before = fieldsOf(need, await languagesOf(tx, need.id));
      const moved = before.windowStart !== data.windowStart || before.windowEnd !== data.windowEnd || before.applicationDeadline !== data.applicationDeadline;
      await assertNeedRules(tx, data, need.status === "draft" || moved);
      const [{ live }] = await tx
        .select({ live: sql<number>`count(*)::int` })
        .from(placements)
        .where(and(eq(placements.needId, need.id), inArray(placements.status, ["offered", "scheduled", "active"])));
      if (data.slots < live) throw new AppError("invalid_input", "errors.invalid_input", { slots: ["needs.errors.slotsBelowPlaced"] });
      await tx
        .update(needs)
        .set({ ...needColumns(data, facility.districtCode), updatedAt: new Date() })
        .where(eq(needs.id, need.id));
      await replaceLanguages(tx, need.id, data);
      await writeAudit(tx, actor, {
        action: "need.updated",
        objectType: "need",
        objectId: need.id,
        before: { title: before.title, windowStart: before.windowStart, windowEnd: before.windowEnd, slots: before.slots },
        after: { title: data.title, windowStart: data.windowStart, windowEnd: data.windowEnd, slots: data.slots },
      });
    });
  } catch (e) {
    mapDbError(e);
  }
}
