import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { placements } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError, mapDbError } from "@/lib/errors";
import { arrivalDetailsSchema } from "@/lib/validation/placements";
import { loadPlacement } from "./placement-context";

/** The organisation confirms where and when the volunteer should arrive, once the offer is accepted. */
export async function confirmArrival(actor: Actor, input: unknown): Promise<void> {
  const data = parseInput(arrivalDetailsSchema, input);
  if (actor.kind !== "user") throw new AppError("unauthenticated");
  const db = await getDb();
  try {
    await db.transaction(async (tx) => {
      const p = await loadPlacement(tx, data.placementId, true);
      if (!p) throw new AppError("not_found");
      authorize(actor, "placement.confirm", { organizationId: p.organizationId });
      if (p.status !== "scheduled" && p.status !== "active") throw new AppError("rule_violation", "placements.errors.notScheduled");
      await tx.update(placements).set({ arrivalDetails: data.arrivalDetails, updatedAt: new Date() }).where(eq(placements.id, p.id));
      await writeAudit(tx, actor, {
        action: "placement.arrival_confirmed",
        objectType: "placement",
        objectId: p.id,
        before: { arrivalDetails: p.arrivalDetails },
        after: { arrivalDetails: data.arrivalDetails },
      });
    });
  } catch (e) {
    mapDbError(e);
  }
}
