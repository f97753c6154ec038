import "server-only";
import { getDb } from "@/db/client";
import { feedback } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/data/shared/audit";
import { parseInput } from "@/lib/data/shared/parse";
import { mapDbError } from "@/lib/errors";
import { feedbackSchema, type FeedbackSide } from "@/lib/validation/impact";
import { authorizeSide, findImpactPlacement, requireCompleted } from "./placement-scope";

/**
 * Each side rates the other once per placement (1–5 on named aspects, plus a comment). The unique
 * index feedback_placement_side_uq, not a prior read, makes a second rating a conflict.
 */
export async function leaveFeedback(actor: Actor, input: unknown): Promise<{ id: string; side: FeedbackSide }> {
  authorize(actor, "feedback.write");
  const data = parseInput(feedbackSchema, input);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const p = await findImpactPlacement(tx, data.placementId);
      authorizeSide(actor, "feedback.write", data.side, p);
      requireCompleted(p!);
      const [row] = await tx
        .insert(feedback)
        .values({ placementId: p!.id, fromSide: data.side, ratings: data.ratings, comment: data.comment, authorId: actor.id })
        .returning({ id: feedback.id });
      await writeAudit(tx, actor, { action: "feedback.left", objectType: "placement", objectId: p!.id, after: { side: data.side } });
      return { id: row.id, side: data.side };
    });
  } catch (e) {
    mapDbError(e);
  }
}
