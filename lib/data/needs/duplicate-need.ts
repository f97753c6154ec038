import "server-only";
import { getDb } from "@/db/client";
import { needLanguages, needs } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { needRefSchema } from "@/lib/validation/needs";
import { languagesOf } from "./need-fields";
import { needInScope } from "./need-scope";

/** Copies a need (any status) into a new draft of the same organisation, without its interests. */
export async function duplicateNeed(actor: Actor, input: unknown): Promise<{ id: string }> {
  const { needId } = parseInput(needRefSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { actor: a, need } = await needInScope(tx, actor, needId, "need.manage");
    const { id: _id, search: _s, createdAt: _c, updatedAt: _u, publishedAt: _p, closeReason: _r, status: _st, createdBy: _cb, ...copy } = need;
    const [row] = await tx
      .insert(needs)
      .values({ ...copy, status: "draft", createdBy: a.id })
      .returning({ id: needs.id });
    const langs = await languagesOf(tx, need.id);
    if (langs.length) await tx.insert(needLanguages).values(langs.map((l) => ({ ...l, needId: row.id })));
    await writeAudit(tx, actor, { action: "need.duplicated", objectType: "need", objectId: row.id, after: { from: need.id } });
    return { id: row.id };
  });
}
