import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interests } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError } from "@/lib/errors";
import { answerInterestSchema } from "@/lib/validation/needs";
import { needInScope } from "./need-scope";
import { maySeeVolunteer, peopleAccess } from "./people-access";

/**
 * The organisation answers an interest: seen, shortlisted, or not suitable with a reason the
 * volunteer will read. A withdrawn interest cannot be answered.
 */
export async function answerInterest(actor: Actor, input: unknown): Promise<void> {
  const data = parseInput(answerInterestSchema, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [interest] = await tx.select().from(interests).where(eq(interests.id, data.interestId)).for("update");
    if (!interest) throw new AppError("not_found");
    const { need } = await needInScope(tx, actor, interest.needId, "interest.answer");
    // DESIGN rule 7: an interest the organisation may not see (draft, pending organisation, sharing
    // consent withdrawn) answers not_found, like one of another organisation.
    if (!(await maySeeVolunteer(tx, await peopleAccess(tx, actor, need), interest.volunteerId))) throw new AppError("not_found");
    if (interest.status === "withdrawn") throw new AppError("rule_violation", "needs.errors.interestWithdrawn");
    const now = new Date();
    await tx
      .update(interests)
      .set({ status: data.status, reason: data.status === "not_suitable" ? data.reason! : null, seenAt: interest.seenAt ?? now, updatedAt: now })
      .where(eq(interests.id, interest.id));
    await writeAudit(tx, actor, {
      action: "interest.answered",
      objectType: "interest",
      objectId: interest.id,
      before: { status: interest.status },
      after: { status: data.status, reason: data.reason ?? null },
    });
  });
}
