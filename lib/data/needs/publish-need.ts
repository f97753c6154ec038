import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { needs, organizations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError } from "@/lib/errors";
import { needRefSchema } from "@/lib/validation/needs";
import { assertNeedRules, fieldsOf, languagesOf } from "./need-fields";
import { needInScope } from "./need-scope";

/**
 * Draft → open. Only a verified organisation publishes (a pending one prepares drafts), and the
 * rules are checked again against today's date and the current platform cap.
 */
export async function publishNeed(actor: Actor, input: unknown): Promise<void> {
  const { needId } = parseInput(needRefSchema, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const { need } = await needInScope(tx, actor, needId, "need.manage", { forUpdate: true });
    const [org] = await tx.select({ status: organizations.status }).from(organizations).where(eq(organizations.id, need.organizationId));
    if (org?.status !== "verified") throw new AppError("rule_violation", "needs.errors.orgNotVerified");
    if (need.status !== "draft") throw new AppError("rule_violation", "needs.errors.notDraft");
    if (!need.facilityId) throw new AppError("invalid_input", "errors.invalid_input", { facilityId: ["required"] });
    await assertNeedRules(tx, fieldsOf(need, await languagesOf(tx, need.id)), true);
    const now = new Date();
    await tx.update(needs).set({ status: "open", publishedAt: now, updatedAt: now }).where(eq(needs.id, need.id));
    await writeAudit(tx, actor, { action: "need.published", objectType: "need", objectId: need.id, before: { status: "draft" }, after: { status: "open" } });
  });
}
