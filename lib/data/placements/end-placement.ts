import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { placements } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError, mapDbError } from "@/lib/errors";
import { placementReasonSchema } from "@/lib/validation/placements";
import { isLive, loadPlacement } from "./placement-context";

/**
 * Ending a placement before completion, always with a reason (issue #6): the volunteer withdraws
 * from a scheduled or active placement (an open offer is declined instead); a coordinator cancels
 * any live one. Either frees the slot and the volunteer's dates (the constraint and trigger only
 * count offered/scheduled/active rows).
 */
async function end(actor: Actor, input: unknown, as: "withdrawn" | "cancelled"): Promise<void> {
  const { placementId, reason } = parseInput(placementReasonSchema, input);
  if (actor.kind !== "user") throw new AppError("unauthenticated");
  const db = await getDb();
  try {
    await db.transaction(async (tx) => {
      const p = await loadPlacement(tx, placementId, true);
      if (!p) throw new AppError("not_found");
      if (as === "withdrawn") {
        authorize(actor, "offer.respond", { ownerId: p.volunteerId });
        if (p.status === "offered") throw new AppError("rule_violation", "placements.errors.declineInstead");
      } else {
        authorize(actor, "placement.manage", { organizationId: p.organizationId });
      }
      if (!isLive(p.status)) throw new AppError("conflict", "placements.errors.notLive");
      await tx.update(placements).set({ status: as, statusReason: reason, updatedAt: new Date() }).where(eq(placements.id, p.id));
      await writeAudit(tx, actor, {
        action: as === "withdrawn" ? "placement.withdrawn" : "placement.cancelled",
        objectType: "placement",
        objectId: p.id,
        before: { status: p.status },
        after: { status: as, reason },
      });
    });
  } catch (e) {
    mapDbError(e);
  }
}

export const withdrawPlacement = (actor: Actor, input: unknown) => end(actor, input, "withdrawn");
export const cancelPlacement = (actor: Actor, input: unknown) => end(actor, input, "cancelled");
