// Issue 16 in the browser: the board still works without JavaScript after the payload diet, pages
// ship only the messages their client components need (and those still render), the production
// server's health endpoints and request ids.
import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/auth";

test.describe("lighter pages", () => {
  test("the board searches and filters without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/needs");
    const status = page.getByRole("status").filter({ hasText: /need/i });
    const all = await status.textContent();
    await page.locator("#board-q").fill("paediatric");
    await page.getByRole("button", { name: "Show needs" }).click();
    await expect(page).toHaveURL(/\/needs\?q=paediatric/);
    await expect(status).not.toHaveText(all ?? "");
    await page.getByLabel("Specialty").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Show needs" }).click();
    await expect(page).toHaveURL(/specialty=/);
    await context.close();
  });

  test("public pages do not carry the message catalogue; forms still show translated feedback", async ({ page, request }) => {
    const board = await (await request.get("/needs")).text();
    // A sign-up notice string: only the sign-up page's client component needs it.
    expect(board).not.toContain("volunteerOnly");
    expect(board).not.toContain("noticeItems");
    const signUp = await (await request.get("/sign-up")).text();
    expect(signUp).toContain("noticeItems");

    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("nobody@example.org");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();

    await signIn(page, demo.volunteer);
    await page.goto("/volunteer/profile");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // no raw message key anywhere on a page full of client-side form fields
    await expect(page.locator("main")).not.toContainText(/\b(?:volunteer|errors|needs|common)\.[a-zA-Z]+\.[a-zA-Z]+/);
  });
});

test.describe("operations", () => {
  test("health endpoints and request ids", async ({ request }) => {
    const live = await request.get("/api/health/live");
    expect(live.status()).toBe(200);
    expect(await live.json()).toEqual({ status: "ok" });
    const ready = await request.get("/api/health/ready");
    const body = await ready.json();
    expect(body.checks.database.ok).toBe(true);
    expect(body.checks.migrations.ok).toBe(true);
    expect(ready.status()).toBe(body.checks.jobs.ok ? 200 : 503);
    const page = await request.get("/needs", { headers: { "x-request-id": "e2e-request-0001" } });
    expect(page.headers()["x-request-id"]).toBe("e2e-request-0001");
    const fresh = await request.get("/needs");
    expect(fresh.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });
});

test.describe("public-page cache", () => {
  test("anonymous board reads are served from the cache; signed-in ones never; a write drops it", async ({ request, browser }) => {
    const first = await request.get("/needs?q=cache-check");
    const second = await request.get("/needs?q=cache-check");
    expect(second.headers()["x-cache"]).toBe("hit");
    expect(await second.text()).toBe(await first.text());
    expect(second.headers()["content-security-policy"]).toBe(first.headers()["content-security-policy"]);

    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, demo.volunteer);
    const signedIn = await page.request.get("/needs?q=cache-check");
    expect(signedIn.headers()["x-cache"]).toBeUndefined();
    await context.close(); // signing in was a write through this server…
    const afterWrite = await request.get("/needs?q=cache-check");
    expect(afterWrite.headers()["x-cache"]).toBe("miss"); // …so the cached page was dropped
  });
});
