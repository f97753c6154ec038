// Email delivery over real SMTP: the test starts an SMTP sink (smtp-server) on 127.0.0.1 at a random
// port and the app's job delivers to it through nodemailer. No mock transport.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { getDb } from "@/db/client";
import { jobs, notificationPreferences, outboundEmails } from "@/db/schema";
import { notify } from "@/lib/data/notifications/notify";
import { runDueJobs } from "@/lib/jobs/runner";
import { runnerConfig } from "@/lib/jobs/registry";
import { useTestDb } from "../fixtures/db";
import { createUser } from "../fixtures/actors";

useTestDb();

type Received = { from: string; to: string[]; raw: string };
const inbox: Received[] = [];
let rejectRecipients = false;
let server: SMTPServer;
const savedSmtp = process.env.SMTP_URL;
const savedFrom = process.env.MAIL_FROM;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, cb) {
      if (rejectRecipients) cb(Object.assign(new Error("mailbox unavailable"), { responseCode: 550 }));
      else cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = "SkillFlow <noreply@skillflow.test>";
});

afterAll(async () => {
  if (savedSmtp === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = savedSmtp;
  if (savedFrom === undefined) delete process.env.MAIL_FROM;
  else process.env.MAIL_FROM = savedFrom;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Undoes quoted-printable transfer encoding (soft breaks and =XX bytes). */
function decodeQp(s: string): string {
  const bytes = s.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

async function optIn(kinds: string[]) {
  const user = await createUser({ name: "Dr Kavita Joshi" });
  const db = await getDb();
  await db.insert(notificationPreferences).values({ userId: user.id, emailKinds: kinds });
  return user;
}

describe("email delivery over SMTP", () => {
  it("delivers a queued notification email from a job and records it as sent", async () => {
    const user = await optIn(["offer_made"]);
    const db = await getDb();
    await db.transaction((tx) =>
      notify(tx, {
        userId: user.id,
        kind: "offer_made",
        params: { needTitle: "Chandrapur eye camp", startDate: "2031-02-01", endDate: "2031-02-14", expiresAt: "2031-01-10T12:00:00Z" },
        link: "/placements/p-42",
      }),
    );
    const [queued] = await db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, user.email));
    expect(queued.status).toBe("queued");
    expect(inbox).toHaveLength(0); // never sent inside the request

    const result = await runDueJobs(db, { ...runnerConfig(), periodic: [] });
    expect(result).toMatchObject({ ran: 1, failed: 0 });
    expect(inbox).toHaveLength(1);
    const mail = inbox[0];
    expect(mail.to).toEqual([user.email]);
    expect(mail.from).toBe("noreply@skillflow.test");
    expect(mail.raw).toMatch(/^Subject: SkillFlow: Offer: Chandrapur eye camp/m);
    const text = decodeQp(mail.raw);
    expect(text).toContain("Hello Dr Kavita Joshi,");
    expect(text).toContain("You have been offered a placement at Chandrapur eye camp");
    expect(text).toContain("/placements/p-42");

    const [sent] = await db.select().from(outboundEmails).where(eq(outboundEmails.id, queued.id));
    expect(sent.status).toBe("sent");
    expect(sent.sentAt).not.toBeNull();
    // the job is done; running again sends nothing more
    await runDueJobs(db, { ...runnerConfig(), periodic: [] });
    expect(inbox).toHaveLength(1);
  });

  it("keeps a refused message queued for retry, then marks it failed after the last attempt", async () => {
    const user = await optIn(["report_due"]);
    const db = await getDb();
    await db.transaction((tx) => notify(tx, { userId: user.id, kind: "report_due", params: { needTitle: "Latur" } }));
    const [email] = await db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, user.email));
    rejectRecipients = true;
    try {
      const config = { ...runnerConfig(), periodic: [] };
      expect(await runDueJobs(db, config)).toMatchObject({ failed: 1 });
      let [row] = await db.select().from(outboundEmails).where(eq(outboundEmails.id, email.id));
      expect(row.status).toBe("queued");
      expect(row.error).toMatch(/mailbox unavailable/);
      // make the retry due at once and the attempt the last one
      await db
        .update(jobs)
        .set({ runAt: sql`now()`, maxAttempts: 2 })
        .where(eq(jobs.uniqueKey, `email:${email.id}`));
      expect(await runDueJobs(db, config)).toMatchObject({ failed: 1 });
      [row] = await db.select().from(outboundEmails).where(eq(outboundEmails.id, email.id));
      expect(row.status).toBe("failed");
      const [job] = await db
        .select()
        .from(jobs)
        .where(eq(jobs.uniqueKey, `email:${email.id}`));
      expect(job.status).toBe("failed");
    } finally {
      rejectRecipients = false;
    }
    expect(inbox.filter((m) => m.to.includes(user.email))).toHaveLength(0);
  });

  it("moves a queued message to the outbox when SMTP was switched off before delivery", async () => {
    const user = await optIn(["match_proposed"]);
    const db = await getDb();
    await db.transaction((tx) => notify(tx, { userId: user.id, kind: "match_proposed", params: { needTitle: "Beed" } }));
    const url = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    try {
      expect(await runDueJobs(db, { ...runnerConfig(), periodic: [] })).toMatchObject({ ran: 1, failed: 0 });
    } finally {
      process.env.SMTP_URL = url;
    }
    const [row] = await db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, user.email));
    expect(row.status).toBe("outbox");
    expect(inbox.filter((m) => m.to.includes(user.email))).toHaveLength(0);
  });
});
