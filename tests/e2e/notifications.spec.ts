// Issue #6 in Chromium over the demo: notifications in the inbox (unread count in the header, mark
// read), email preferences, the admin outbox, an offer that lapses by itself (the job runner inside
// the server expires it) and the calendar: a download that imports and a revocable subscription.
// Demo data: db/seed/demo-notifications.ts. axe on every page.
import { expect, request, test, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { expectNoAxeViolations } from "./support/axe";
import { demo, signIn } from "./support/auth";

const LAPSED_NEED = "Night clinic cover, Pen rural hospital";

function parseEvents(ics: string) {
  const comp = new ICAL.Component(ICAL.parse(ics));
  expect(comp.name).toBe("vcalendar");
  return comp.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

/** The job runner ticks on its own schedule: reload until the expected text shows. */
async function reloadUntilVisible(page: Page, text: string | RegExp, timeoutMs = 60_000) {
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(text).first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: timeoutMs, intervals: [1_000, 2_000, 5_000] });
}

test.describe.serial("notifications, outbox and calendar", () => {
  test("the volunteer reads the inbox, marks it read and chooses which emails to get", async ({ page }) => {
    await signIn(page, demo.volunteer);
    const badge = page.getByRole("link", { name: /unread notification/ });
    await expect(badge).toBeVisible();
    await badge.click();
    await expect(page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /Proposed match: Paediatric outreach camp, Alibag/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto("/inbox");
    await page.getByRole("button", { name: "Mark all as read" }).click();
    await expect(page.getByText("No unread notifications")).toBeVisible();
    await expect(page.getByRole("link", { name: /unread notification/ })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Email preferences" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Notification emails" })).toBeVisible();
    const starting = page.getByRole("checkbox", { name: "A placement starts soon" });
    await expect(page.getByRole("checkbox", { name: "You received an offer" })).toBeChecked();
    await expect(starting).toBeChecked();
    await starting.uncheck();
    await page.getByRole("button", { name: "Save preferences" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your email preferences were saved." })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(page.getByRole("checkbox", { name: "A placement starts soon" })).not.toBeChecked();
    await expect(page.getByRole("checkbox", { name: "You received an offer" })).toBeChecked();
  });

  test("a lapsed offer expires by itself and both sides are told, in the inbox and the outbox", async ({ page }) => {
    await signIn(page, demo.orgRaigad);
    await page.goto("/inbox");
    await reloadUntilVisible(page, `Offer lapsed: ${LAPSED_NEED}`);
    await expect(page.getByText(/The place is free again/).first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.context().clearCookies();
    await signIn(page, demo.admin);
    await page.getByRole("link", { name: "Outbox" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
    await page.getByLabel("Status").selectOption("outbox");
    await page.getByRole("button", { name: "Filter" }).click();
    const message = page
      .getByRole("listitem")
      .filter({ hasText: `SkillFlow: Offer lapsed: ${LAPSED_NEED}` })
      .filter({ hasText: demo.orgRaigad });
    await expect(message).toBeVisible();
    await message.getByText("Message").click();
    await expect(message.getByText(/The place is free again/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the calendar downloads as a valid iCalendar file and a subscription link works until revoked", async ({ page, baseURL }) => {
    await signIn(page, demo.volunteer);
    await page.goto("/account/calendar");
    await expect(page.getByRole("heading", { level: 1, name: "Calendar" })).toBeVisible();
    await expectNoAxeViolations(page);

    const download = await page.request.get("/api/v1/calendar");
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const body = await download.text();
    expect(body.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    const events = parseEvents(body);
    for (const e of events) {
      expect(e.uid).toMatch(/^placement-[0-9a-f-]{36}@skillflow$/);
      expect(e.startDate.isDate).toBe(true);
    }
    // issue 18: event links name the server the app really runs on (APP_URL), never localhost:3000
    const eventUrls = [...body.matchAll(/^URL:(.+)$/gm)].map((m) => m[1].trim());
    expect(eventUrls.length).toBeGreaterThan(0);
    for (const u of eventUrls) expect(new URL(u).origin).toBe(new URL(baseURL!).origin);

    await page.getByRole("button", { name: /^Create (subscription|another) link$/ }).click();
    const field = page.getByLabel("Subscription link");
    await expect(field).toBeVisible();
    const url = new URL(await field.inputValue());
    expect(url.pathname).toMatch(/^\/api\/v1\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(url.origin).toBe(new URL(baseURL!).origin);
    await expectNoAxeViolations(page);

    // a calendar application has no session: the token alone opens the feed
    const anonymous = await request.newContext({ baseURL });
    const feed = await anonymous.get(url.pathname);
    expect(feed.status()).toBe(200);
    expect(parseEvents(await feed.text()).map((e) => e.uid)).toEqual(events.map((e) => e.uid));

    // goto, not reload: reloading the page a no-JS form POST produced would submit it again
    await page.goto("/account/calendar");
    const revoke = page.getByRole("button", { name: /^Revoke/ });
    for (let n = await revoke.count(); n > 0; n--) {
      await revoke.first().click();
      await expect(page.getByRole("status").filter({ hasText: "The link was revoked." })).toBeVisible();
      await expect(revoke).toHaveCount(n - 1);
    }
    await expect(page.getByText("You have no active subscription links.")).toBeVisible();
    expect((await anonymous.get(url.pathname)).status()).toBe(404);
    await anonymous.dispose();
    await expectNoAxeViolations(page);
  });
});
