import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { matches } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError, mapDbError } from "@/lib/errors";
import { rejectMatchSchema } from "@/lib/validation/coordination";
import { authorizeOrLogDenial } from "./authorize-or-log";

/** DESIGN rule 6: a coordinator's rejection, with its reason, on the record. */
export async function rejectMatch(actor: Actor, input: unknown): Promise<void> {
  const coordinator = await authorizeOrLogDenial(actor, "match.approve", "match.reject", {
    type: "match",
    id: (input as { matchId?: unknown } | null)?.matchId,
  });
  const data = parseInput(rejectMatchSchema, input);
  const db = await getDb();
  try {
    await db.transaction(async (tx) => {
      const [match] = await tx.select({ id: matches.id, status: matches.status }).from(matches).where(eq(matches.id, data.matchId)).for("update");
      if (!match) throw new AppError("not_found");
      if (match.status !== "proposed") throw new AppError("conflict", "placements.errors.matchDecided");
      await tx
        .update(matches)
        .set({ status: "rejected", rejectReason: data.reason, decidedBy: coordinator.id, decidedAt: new Date() })
        .where(eq(matches.id, match.id));
      await writeAudit(tx, actor, {
        action: "match.rejected",
        objectType: "match",
        objectId: match.id,
        before: { status: "proposed" },
        after: { status: "rejected", reason: data.reason },
      });
    });
  } catch (e) {
    mapDbError(e);
  }
}
