import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { jobs, notificationPreferences, notifications, outboundEmails, users } from "@/db/schema";
import { notify } from "@/lib/data/notifications/notify";
import { countUnreadNotifications, listNotifications, markAllNotificationsRead, markNotificationRead } from "@/lib/data/notifications/inbox";
import { getNotificationPreferences, updateNotificationPreferences } from "@/lib/data/notifications/preferences";
import { listOutbox } from "@/lib/data/notifications/list-outbox";
import { renderNotification } from "@/lib/data/notifications/render";
import { useTestDb } from "../fixtures/db";
import { actorFor, createActor, createUser } from "../fixtures/actors";
import { outcomeOf } from "../fixtures/app-error";

useTestDb();

const savedSmtp = process.env.SMTP_URL;
afterEach(() => {
  if (savedSmtp === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = savedSmtp;
});

describe("notify", () => {
  it("records an in-app notification once per dedupe key", async () => {
    const user = await createUser();
    const db = await getDb();
    const first = await db.transaction((tx) =>
      notify(tx, { userId: user.id, kind: "offer_made", params: { needTitle: "Camp" }, link: "/placements/x", dedupeKey: "offer_made:p1" }),
    );
    const again = await db.transaction((tx) => notify(tx, { userId: user.id, kind: "offer_made", params: { needTitle: "Camp" }, dedupeKey: "offer_made:p1" }));
    expect([first, again]).toEqual([true, false]);
    const rows = await db.select().from(notifications).where(eq(notifications.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: "offer_made", params: { needTitle: "Camp" }, link: "/placements/x", readAt: null });
  });

  it("writes nothing when the caller's transaction rolls back", async () => {
    const user = await createUser();
    const db = await getDb();
    await db.update(users).set({ locale: "en" }).where(eq(users.id, user.id));
    await db.insert(notificationPreferences).values({ userId: user.id, emailKinds: ["offer_made"] });
    await expect(
      db.transaction(async (tx) => {
        await notify(tx, { userId: user.id, kind: "offer_made", params: {} });
        throw new Error("approval failed later");
      }),
    ).rejects.toThrow("approval failed later");
    expect(await db.select().from(notifications).where(eq(notifications.userId, user.id))).toHaveLength(0);
    expect(await db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, user.email))).toHaveLength(0);
  });

  it("emails only the kinds the user opted into, in the user's language, into the outbox without SMTP", async () => {
    delete process.env.SMTP_URL;
    const user = await createUser({ name: "Meera" });
    const db = await getDb();
    await db.update(users).set({ locale: "hi" }).where(eq(users.id, user.id));
    await db.insert(notificationPreferences).values({ userId: user.id, emailKinds: ["offer_lapsing"] });
    await db.transaction(async (tx) => {
      await notify(tx, { userId: user.id, kind: "offer_made", params: { needTitle: "Pune camp" } });
      await notify(tx, {
        userId: user.id,
        kind: "offer_lapsing",
        params: { needTitle: "Pune camp", expiresAt: "2031-03-05T10:00:00Z" },
        link: "/placements/abc",
      });
    });
    const emails = await db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, user.email));
    expect(emails).toHaveLength(1);
    const hindi = renderNotification("hi", "offer_lapsing", { needTitle: "Pune camp", expiresAt: "2031-03-05T10:00:00Z" });
    expect(emails[0].status).toBe("outbox");
    expect(emails[0].subject).toContain(hindi.title);
    expect(emails[0].body).toContain(hindi.body);
    expect(emails[0].body).toContain("/placements/abc");
    expect(hindi.title).not.toBe(renderNotification("en", "offer_lapsing", { needTitle: "Pune camp" }).title);
    // no delivery job without SMTP: the outbox is the destination
    expect(await db.select().from(jobs).where(eq(jobs.kind, "email.deliver"))).toHaveLength(0);
  });

  it("queues a delivery job in the same transaction when SMTP is configured", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    const user = await createUser();
    const db = await getDb();
    await db.insert(notificationPreferences).values({ userId: user.id, emailKinds: ["report_due"] });
    await db.transaction((tx) => notify(tx, { userId: user.id, kind: "report_due", params: { needTitle: "Camp" } }));
    const [email] = await db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, user.email));
    expect(email.status).toBe("queued");
    const queued = await db
      .select()
      .from(jobs)
      .where(eq(jobs.uniqueKey, `email:${email.id}`));
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ kind: "email.deliver", status: "pending", payload: { emailId: email.id } });
  });

  it("sends no email to a deactivated account", async () => {
    const user = await createUser();
    const db = await getDb();
    await db.update(users).set({ status: "deactivated" }).where(eq(users.id, user.id));
    await db.insert(notificationPreferences).values({ userId: user.id, emailKinds: ["report_due"] });
    await db.transaction((tx) => notify(tx, { userId: user.id, kind: "report_due", params: {} }));
    expect(await db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, user.email))).toHaveLength(0);
  });
});

describe("inbox", () => {
  it("lists own notifications newest first, counts unread, marks read", async () => {
    const me = await createActor(["volunteer"]);
    const other = await createActor(["volunteer"]);
    const db = await getDb();
    await db.transaction(async (tx) => {
      await notify(tx, { userId: me.id, kind: "offer_made", params: { needTitle: "A" } });
      await notify(tx, { userId: me.id, kind: "offer_lapsing", params: { needTitle: "B" } });
      await notify(tx, { userId: other.id, kind: "offer_made", params: { needTitle: "C" } });
    });
    const page = await listNotifications(me, {});
    expect(page.items.map((n) => n.params.needTitle).sort()).toEqual(["A", "B"]);
    expect(page.unread).toBe(2);
    await markNotificationRead(me, { id: page.items[0].id });
    expect(await countUnreadNotifications(me)).toBe(1);
    expect((await listNotifications(me, { unreadOnly: "1" })).items).toHaveLength(1);
    expect(await markAllNotificationsRead(me)).toBe(1);
    expect(await countUnreadNotifications(me)).toBe(0);
    expect(await countUnreadNotifications(other)).toBe(1);
  });

  it("answers not_found for someone else's notification and leaves it unread", async () => {
    const me = await createActor(["volunteer"]);
    const other = await createActor(["organization"]);
    const db = await getDb();
    await db.transaction((tx) => notify(tx, { userId: other.id, kind: "interest_received", params: {} }));
    const [theirs] = (await listNotifications(other, {})).items;
    expect(await outcomeOf(markNotificationRead(me, { id: theirs.id }))).toBe("not_found");
    expect(await outcomeOf(markNotificationRead(me, { id: "nope" }))).toBe("invalid_input");
    expect(await countUnreadNotifications(other)).toBe(1);
    expect(await outcomeOf(listNotifications({ kind: "anonymous" }, {}))).toBe("unauthenticated");
  });
});

describe("preferences and outbox", () => {
  it("saves the chosen email kinds and refuses unknown kinds", async () => {
    const me = await createActor(["volunteer"]);
    expect(await getNotificationPreferences(me)).toEqual({ emailKinds: [] });
    await updateNotificationPreferences(me, { emailKinds: ["offer_made", "report_due", "offer_made"] });
    expect((await getNotificationPreferences(me)).emailKinds.sort()).toEqual(["offer_made", "report_due"]);
    expect(await outcomeOf(updateNotificationPreferences(me, { emailKinds: ["offer_made", "spam"] }))).toBe("invalid_input");
    await updateNotificationPreferences(me, { emailKinds: "offer_lapsing" });
    expect(await getNotificationPreferences(me)).toEqual({ emailKinds: ["offer_lapsing"] });
  });

  it("lets admins, and only admins, read the outbox", async () => {
    delete process.env.SMTP_URL;
    const admin = await createActor(["admin"]);
    const coordinator = await createActor(["coordinator"]);
    const user = await createUser();
    const db = await getDb();
    await db.insert(notificationPreferences).values({ userId: user.id, emailKinds: ["match_proposed"] });
    await db.transaction((tx) => notify(tx, { userId: user.id, kind: "match_proposed", params: { needTitle: "Nashik" } }));
    const box = await listOutbox(admin, { status: "outbox" });
    expect(box.items.some((m) => m.toAddress === user.email && m.subject.includes("Nashik"))).toBe(true);
    expect((await listOutbox(admin, { status: "sent" })).items.some((m) => m.toAddress === user.email)).toBe(false);
    expect(await outcomeOf(listOutbox(coordinator, {}))).toBe("forbidden");
    expect(await outcomeOf(listOutbox(actorFor(user, ["volunteer"]), {}))).toBe("forbidden");
  });
});
