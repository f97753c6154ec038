import "server-only";
import { createTranslator } from "next-intl";
import type { DbOrTx } from "@/db/client";
import { outboundEmails } from "@/db/schema";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { smtpUrl } from "@/lib/email/config";
import { appUrl } from "@/lib/http/app-url";
import { EMAIL_DELIVER_JOB } from "@/lib/data/notifications/notify";
import { isLocale, messagesFor, type Locale } from "@/messages";

/** Account emails: sent whatever the notification preferences say (they are how one gets in). */
export type AccountEmailKind = "verifyEmail" | "alreadyRegistered" | "resetPassword" | "passwordReset";

/**
 * Queues one account email inside the caller's transaction, in the recipient's locale, through the
 * same outbox and delivery job as notifications (lib/data/notifications/notify.ts).
 */
export async function queueAccountEmail(tx: DbOrTx, input: { to: string; name: string; locale: string; kind: AccountEmailKind; path?: string }): Promise<void> {
  const loc: Locale = isLocale(input.locale) ? input.locale : "en";
  const t = createTranslator({ locale: loc, messages: messagesFor(loc), namespace: "auth.mail" });
  const base = appUrl();
  const url = input.path ? `${base}${input.path}` : `${base}/sign-in`;
  const lines = [t("greeting", { name: input.name }), "", t(`${input.kind}.body`, { url, forgotUrl: `${base}/forgot-password` }), "", "--", t("footer")];
  const status = smtpUrl() ? "queued" : "outbox";
  const [email] = await tx
    .insert(outboundEmails)
    .values({ toAddress: input.to, subject: `SkillFlow: ${t(`${input.kind}.subject`)}`, body: lines.join("\n"), status })
    .returning({ id: outboundEmails.id });
  if (status === "queued") await enqueueJob(tx, EMAIL_DELIVER_JOB, { emailId: email.id }, { uniqueKey: `email:${email.id}` });
}
