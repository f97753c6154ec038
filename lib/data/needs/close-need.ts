import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { needs } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError } from "@/lib/errors";
import { closeNeedSchema } from "@/lib/validation/needs";
import { needInScope } from "./need-scope";

/**
 * Ends a need with a reason: "closed" once it was open (no more volunteers wanted), "cancelled"
 * for a draft or open need that will not happen. Placements already made are not touched here;
 * the coordinator handles them (issue 6).
 */
export async function closeNeed(actor: Actor, input: unknown): Promise<void> {
  const data = parseInput(closeNeedSchema, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const { need } = await needInScope(tx, actor, data.needId, "need.manage", { forUpdate: true });
    const allowed = data.outcome === "closed" ? need.status === "open" : need.status === "draft" || need.status === "open";
    if (!allowed) throw new AppError("rule_violation", "needs.errors.cannotClose");
    await tx.update(needs).set({ status: data.outcome, closeReason: data.reason, updatedAt: new Date() }).where(eq(needs.id, need.id));
    await writeAudit(tx, actor, {
      action: `need.${data.outcome}`,
      objectType: "need",
      objectId: need.id,
      before: { status: need.status },
      after: { status: data.outcome, reason: data.reason },
    });
  });
}
