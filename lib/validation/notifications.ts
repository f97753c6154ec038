import { z } from "zod";
import { notificationKinds } from "@/lib/vocabulary/notification-kinds";

/** Which kinds a user also wants by email (in-app is always on). */
export const notificationPreferencesSchema = z.object({
  emailKinds: z
    .preprocess(
      (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.enum(notificationKinds, { error: "invalid" })).max(notificationKinds.length, "invalid"),
    )
    .transform((kinds) => [...new Set(kinds)]),
});

export const markNotificationReadSchema = z.object({ id: z.uuid({ error: "invalid" }) });

export const listNotificationsSchema = z.object({
  unreadOnly: z.preprocess((v) => v === true || v === "1" || v === "true", z.boolean()).default(false),
  page: z.coerce.number({ error: "invalid" }).int("invalid").min(1, "invalid").max(10_000, "invalid").default(1),
});

export const listOutboxSchema = z.object({
  status: z.enum(["queued", "sent", "outbox", "failed"], { error: "invalid" }).optional().catch(undefined),
  page: z.coerce.number({ error: "invalid" }).int("invalid").min(1, "invalid").max(10_000, "invalid").default(1),
});
