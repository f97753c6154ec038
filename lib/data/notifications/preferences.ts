import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notificationPreferences } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { notificationPreferencesSchema } from "@/lib/validation/notifications";
import { isNotificationKind, type NotificationKind } from "@/lib/vocabulary/notification-kinds";

export async function getNotificationPreferences(actor: Actor): Promise<{ emailKinds: NotificationKind[] }> {
  authorize(actor, "account.manage", { ownerId: actor.kind === "user" ? actor.id : null });
  const db = await getDb();
  const [row] = await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, actor.id));
  const kinds = Array.isArray(row?.emailKinds) ? (row.emailKinds as unknown[]) : [];
  return { emailKinds: kinds.filter(isNotificationKind) };
}

/** Replaces the set of kinds sent by email. Recorded, since it decides where personal data is sent. */
export async function updateNotificationPreferences(actor: Actor, input: unknown): Promise<{ emailKinds: NotificationKind[] }> {
  authorize(actor, "account.manage", { ownerId: actor.kind === "user" ? actor.id : null });
  const { emailKinds } = parseInput(notificationPreferencesSchema, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .insert(notificationPreferences)
      .values({ userId: actor.id, emailKinds })
      .onConflictDoUpdate({ target: notificationPreferences.userId, set: { emailKinds } });
    await writeAudit(tx, actor, { action: "account.notification_preferences", objectType: "user", objectId: actor.id, after: { emailKinds } });
  });
  return { emailKinds };
}
