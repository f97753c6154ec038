import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { outboundEmails } from "@/db/schema";
import { mailFrom, smtpUrl } from "./config";
import { smtpTransport } from "./transport";

export type DeliveryOutcome = "sent" | "outbox" | "skipped";

/**
 * Sends one recorded email over SMTP (job "email.deliver"; never inside a request). Idempotent: only
 * a "queued" row is sent, and it is marked "sent" right after the server accepted it. A failure
 * throws, so the job runner retries with back-off; after the last attempt the row is "failed".
 */
export async function deliverEmail(db: DbOrTx, emailId: string, opts: { lastAttempt?: boolean } = {}): Promise<DeliveryOutcome> {
  const [email] = await db.select().from(outboundEmails).where(eq(outboundEmails.id, emailId));
  if (!email || email.status !== "queued") return "skipped";
  const url = smtpUrl();
  if (!url) {
    // SMTP was switched off after the message was queued: keep it readable in the admin outbox.
    await db
      .update(outboundEmails)
      .set({ status: "outbox" })
      .where(and(eq(outboundEmails.id, emailId), eq(outboundEmails.status, "queued")));
    return "outbox";
  }
  try {
    await smtpTransport(url).sendMail({ from: mailFrom(), to: email.toAddress, subject: email.subject, text: email.body });
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    await db
      .update(outboundEmails)
      .set(opts.lastAttempt ? { status: "failed", error } : { error })
      .where(and(eq(outboundEmails.id, emailId), eq(outboundEmails.status, "queued")));
    throw e;
  }
  await db.update(outboundEmails).set({ status: "sent", sentAt: new Date(), error: null }).where(eq(outboundEmails.id, emailId));
  return "sent";
}
