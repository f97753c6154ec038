import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { timeZoneSettingSchema } from "@/lib/validation/auth";

/** The zone the person chose for reading times, or null for automatic (ADR 011). */
export async function getTimeZoneSetting(actor: Actor): Promise<string | null> {
  authorize(actor, "account.manage", { ownerId: actor.kind === "user" ? actor.id : null });
  const db = await getDb();
  const [row] = await db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, actor.id));
  return row?.timeZone ?? null;
}

export async function updateTimeZoneSetting(actor: Actor, input: unknown): Promise<{ timeZone: string | null }> {
  authorize(actor, "account.manage", { ownerId: actor.kind === "user" ? actor.id : null });
  const { timeZone } = parseInput(timeZoneSettingSchema, input);
  const value = timeZone === "" ? null : timeZone;
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ timeZone: value, updatedAt: new Date() }).where(eq(users.id, actor.id));
    await writeAudit(tx, actor, { action: "account.time_zone", objectType: "user", objectId: actor.id, after: { timeZone: value } });
  });
  return { timeZone: value };
}
