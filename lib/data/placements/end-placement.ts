import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { placements } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { notify } from "@/lib/data/notifications/notify";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError, mapDbError } from "@/lib/errors";
import { placementReasonSchema } from "@/lib/validation/placements";
import { isLive, loadPlacement, organizationMemberIds } from "./placement-context";

/**
 * Ending a placement before completion, always with a reason (issue #6): the volunteer withdraws
 * from a scheduled or active placement (an open offer is declined instead); a coordinator cancels
 * any live one. Either frees the slot and the volunteer's dates (the constraint and trigger only
 * count offered/scheduled/active rows). The other side is told: a withdrawal reaches the
 * organisation's members, a cancellation the volunteer and the organisation (not the one who acted).
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
      const kind = as === "withdrawn" ? "placement_withdrawn" : "placement_cancelled";
      const params = { needTitle: p.needTitle, volunteerName: p.volunteerName, startDate: p.firstDay, endDate: p.lastDay, reason };
      const told = [
        ...(await organizationMemberIds(tx, p.organizationId)).map((userId) => ({ userId, link: `/organization/placements/${p.id}` })),
        ...(as === "cancelled" && p.volunteerId ? [{ userId: p.volunteerId, link: `/volunteer/offers#offer-${p.id}` }] : []),
      ];
      for (const { userId, link } of told) {
        if (userId === actor.id) continue;
        await notify(tx, { userId, kind, params, link, dedupeKey: `${kind}:${p.id}:${userId}` });
      }
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
