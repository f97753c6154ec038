// Issue 12 in real Chromium: the open redirect after sign-in (defect 1), Auth.js's routes under
// hostile input (defect 2), email verification, and a password reset that ends the old session.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { DEMO_PASSWORD, demo, linkFromOutbox, signIn, signOut, uniqueEmail } from "./support/auth";

test.describe("accounts a programme can trust", () => {
  // Raw query strings, exactly as an attacker would write the link.
  const hostileNext = ["/%5Cevil.example", "/%09/evil.example", "//evil.example", "/.//evil.example", "javascript:alert(1)", "https://evil.example/"];

  test("sign-in never sends the browser to another host (defect 1)", async ({ browser, baseURL }) => {
    for (const next of hostileNext) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`/sign-in?next=${next}`);
      await page.getByLabel("Email").fill(demo.volunteer);
      await page.getByLabel("Password").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
      expect(new URL(page.url()).origin, `next=${next}`).toBe(new URL(baseURL!).origin);
      expect(new URL(page.url()).pathname, `next=${next}`).toBe("/dashboard");
      await context.close();
    }
    // a same-origin path is still honoured
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/sign-in?next=${encodeURIComponent("/account/calendar")}`);
    await page.getByLabel("Email").fill(demo.volunteer);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/account\/calendar$/);
    await context.close();
  });

  test("Auth.js's own routes answer hostile callback URLs without a 5xx (defect 2)", async ({ request }) => {
    for (const q of ["callbackUrl=javascript:alert(1)", "callbackUrl=%2F%2Fevil.example", "callbackUrl=%2F%5Cevil.example"]) {
      for (const route of ["signin", "signout", "session", "csrf", "providers", "error", "callback/credentials", "signin/nope"]) {
        const get = await request.get(`/api/auth/${route}?${q}`, { maxRedirects: 0 });
        expect(get.status(), `GET ${route}?${q}`).toBeLessThan(500);
        const post = await request.post(`/api/auth/${route}?${q}`, { form: { callbackUrl: "javascript:alert(1)", csrfToken: "x" }, maxRedirects: 0 });
        expect(post.status(), `POST ${route}?${q}`).toBeLessThan(500);
        for (const res of [get, post]) {
          const location = res.headers()["location"];
          if (location) expect(new URL(location, "http://127.0.0.1").hostname).not.toBe("evil.example");
        }
      }
    }
  });

  test("sign-up → email → confirm → sign in; forgot password → reset → the old session is refused", async ({ page, browser }) => {
    const email = uniqueEmail("e2e.reset");
    const password = "the first long password";
    await page.goto("/sign-up?as=organization");
    await page.getByLabel("Full name").fill("Reset Person");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/sign-up\/check-email/);
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();

    // not confirmed yet: the right password says so, and nothing else gets in
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Confirm your email address first" })).toBeVisible();

    await page.goto(await linkFromOutbox(browser, email, "/verify-email"));
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Confirm my email address" }).click();
    await expect(page).toHaveURL(/\/sign-in\?done=verified/);
    await expect(page.getByRole("status").filter({ hasText: "Your email address is confirmed" })).toBeVisible();
    await signIn(page, email, password);

    // another device stays signed in with the old password …
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage, email, password);

    // … until the owner resets it by email
    await signOut(page);
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page).toHaveURL(/\/forgot-password/);
    await expectNoAxeViolations(page);
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByText("If an account uses this address, we have sent it a link")).toBeVisible();

    await page.goto(await linkFromOutbox(browser, email, "/reset-password"));
    await expectNoAxeViolations(page);
    await page.getByLabel("New password").fill("a brand new long password");
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page).toHaveURL(/\/sign-in\?done=reset/);
    await signIn(page, email, "a brand new long password");

    await otherPage.goto("/dashboard");
    await expect(otherPage).toHaveURL(/\/sign-in/);
    await other.close();

    // the link worked once
    const again = await linkFromOutbox(browser, email, "/reset-password");
    await signOut(page);
    await page.goto(again);
    await page.getByLabel("New password").fill("yet another long password");
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "This link does not work any more" })).toBeVisible();
  });

  test("the security log: the owner sees their sign-ins, an admin searches everyone's", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(demo.orgRaigad);
    await page.getByLabel("Password").fill("not the demo password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
    await signIn(page, demo.orgRaigad);
    await page.goto("/account");
    await page.getByRole("link", { name: "See your security log" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your security log" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Signed in", exact: true }).first()).toBeVisible();
    await expect(page.getByRole("cell", { name: "Failed sign-in" }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await signOut(page);

    await signIn(page, demo.admin);
    await page.goto("/admin/security");
    await page.getByLabel("Email address contains").fill("dho.raigad");
    await page.getByLabel("Event").selectOption({ label: "Failed sign-in" });
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/kind=sign_in_failed/);
    await expect(page.getByRole("cell", { name: demo.orgRaigad }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the JSON sign-in refuses a cross-site form (defect 3)", async ({ request }) => {
    const res = await request.post("/api/v1/auth/sign-in", {
      headers: { "content-type": "text/plain", origin: "https://evil.example" },
      data: JSON.stringify({ email: demo.volunteer, password: DEMO_PASSWORD }),
    });
    expect(res.status()).toBe(403);
    expect(res.headers()["set-cookie"] ?? "").not.toContain("session-token");
  });
});
