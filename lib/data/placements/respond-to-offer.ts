import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { placements } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { notify } from "@/lib/data/notifications/notify";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError, mapDbError } from "@/lib/errors";
import { placementIdSchema, placementReasonSchema } from "@/lib/validation/placements";
import { loadPlacement, organizationMemberIds } from "./placement-context";

/**
 * DESIGN rule 6: only the volunteer answers their offer. The row is locked, so an answer racing the
 * expiry job (or a second click) sees the status the other left. A lapsed offer cannot be accepted
 * even before the job has marked it expired.
 */
async function answer(actor: Actor, placementId: string, accept: boolean, reason: string | null): Promise<void> {
  if (actor.kind !== "user") throw new AppError("unauthenticated");
  const db = await getDb();
  try {
    await db.transaction(async (tx) => {
      const p = await loadPlacement(tx, placementId, true);
      if (!p) throw new AppError("not_found");
      authorize(actor, "offer.respond", { ownerId: p.volunteerId });
      if (p.status !== "offered") throw new AppError("conflict", "placements.errors.notOffered");
      const [{ lapsed }] = await tx
        .select({ lapsed: sql<boolean>`${placements.offerExpiresAt} <= now()` })
        .from(placements)
        .where(eq(placements.id, p.id));
      if (lapsed) throw new AppError("rule_violation", "placements.errors.offerLapsed");
      const status = accept ? "scheduled" : "declined";
      await tx.update(placements).set({ status, statusReason: reason, updatedAt: new Date() }).where(eq(placements.id, p.id));
      for (const userId of await organizationMemberIds(tx, p.organizationId)) {
        await notify(tx, {
          userId,
          kind: accept ? "offer_accepted" : "offer_declined",
          params: { needTitle: p.needTitle, volunteerName: p.volunteerName, startDate: p.firstDay, endDate: p.lastDay, ...(reason ? { reason } : {}) },
          link: `/organization/placements/${p.id}`,
          dedupeKey: `${accept ? "offer_accepted" : "offer_declined"}:${p.id}:${userId}`,
        });
      }
      await writeAudit(tx, actor, {
        action: accept ? "placement.accepted" : "placement.declined",
        objectType: "placement",
        objectId: p.id,
        before: { status: "offered" },
        after: { status, ...(reason ? { reason } : {}) },
      });
    });
  } catch (e) {
    mapDbError(e);
  }
}

export async function acceptOffer(actor: Actor, input: unknown): Promise<void> {
  const { placementId } = parseInput(placementIdSchema, input);
  await answer(actor, placementId, true, null);
}

export async function declineOffer(actor: Actor, input: unknown): Promise<void> {
  const { placementId, reason } = parseInput(placementReasonSchema, input);
  await answer(actor, placementId, false, reason);
}
