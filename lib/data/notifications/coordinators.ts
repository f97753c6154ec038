import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { userRoles, users } from "@/db/schema";
import { notify, type NotifyInput } from "./notify";

/** Tells every active coordinator (the people who verify organisations and licences, DESIGN rule 3/6). */
export async function notifyCoordinators(tx: DbOrTx, input: Omit<NotifyInput, "userId">): Promise<void> {
  const rows = await tx
    .select({ id: users.id })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(eq(userRoles.role, "coordinator"), eq(users.status, "active")));
  for (const { id } of rows) {
    await notify(tx, { ...input, userId: id, dedupeKey: input.dedupeKey ? `${input.dedupeKey}:${id}` : null });
  }
}
