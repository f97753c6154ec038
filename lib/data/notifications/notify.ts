import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { notifications, notificationPreferences, outboundEmails, users } from "@/db/schema";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { smtpUrl } from "@/lib/email/config";
import { appUrl } from "@/lib/http/app-url";
import { renderNotificationEmail } from "./render-email";
import type { NotificationKind, NotificationParams } from "@/lib/vocabulary/notification-kinds";

export type NotifyInput = {
  userId: string;
  kind: NotificationKind;
  params?: NotificationParams;
  /** App-relative path the notification opens, e.g. "/offers/<id>". */
  link?: string | null;
  /**
   * Makes a repeat a no-op (ON CONFLICT DO NOTHING): the same approval replayed, or a periodic task
   * run by two instances, notifies once. Use a key naming the event, e.g. "offer_made:<placementId>".
   */
  dedupeKey?: string | null;
};

export const EMAIL_DELIVER_JOB = "email.deliver";

/**
 * Records an in-app notification inside the caller's transaction and, when the user opted into
 * email for this kind, queues an email (recorded in outbound_emails; delivered later by a job, never
 * inside the request). Returns false when the dedupe key had already been used.
 */
export async function notify(tx: DbOrTx, input: NotifyInput): Promise<boolean> {
  const params = input.params ?? {};
  const inserted = await tx
    .insert(notifications)
    .values({
      userId: input.userId,
      kind: input.kind,
      params,
      link: input.link ?? null,
      dedupeKey: input.dedupeKey ?? null,
    })
    .onConflictDoNothing({ target: notifications.dedupeKey })
    .returning({ id: notifications.id });
  if (inserted.length === 0) return false;

  const [recipient] = await tx
    .select({ email: users.email, name: users.name, locale: users.locale, status: users.status, emailKinds: notificationPreferences.emailKinds })
    .from(users)
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, users.id))
    .where(eq(users.id, input.userId));
  const wanted = Array.isArray(recipient?.emailKinds) && (recipient.emailKinds as unknown[]).includes(input.kind);
  if (!recipient || recipient.status !== "active" || !wanted) return true;

  const message = renderNotificationEmail({
    locale: recipient.locale,
    name: recipient.name,
    kind: input.kind,
    params,
    link: input.link ?? null,
    baseUrl: appUrl(),
  });
  // Without SMTP the message is recorded straight into the outbox that admins read in the app.
  const status = smtpUrl() ? "queued" : "outbox";
  const [email] = await tx
    .insert(outboundEmails)
    .values({ toAddress: recipient.email, subject: message.subject, body: message.text, status })
    .returning({ id: outboundEmails.id });
  if (status === "queued") {
    await enqueueJob(tx, EMAIL_DELIVER_JOB, { emailId: email.id }, { uniqueKey: `email:${email.id}` });
  }
  return true;
}
