import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "skillflow-demo-2026";
export const demo = {
  admin: "admin@demo.skillflow.test",
  coordinator: "coordinator@demo.skillflow.test",
  orgRaigad: "dho.raigad@demo.skillflow.test",
  orgNagpurGmc: "gmc.nagpur@demo.skillflow.test",
  orgPending: "dho.satara@demo.skillflow.test",
  volunteer: "volunteer@demo.skillflow.test",
};

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

/** A unique email per run, so specs can sign up fresh accounts against the same demo data. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}@example.org`;
}

/**
 * The newest account link (verification or reset) sent to an address, read from the admin outbox
 * (the e2e server has no SMTP server, so every email stays there). Returns an app-relative path:
 * email links use APP_URL, which is not the e2e server's address.
 */
export async function linkFromOutbox(browser: Browser, to: string, path: "/verify-email" | "/reset-password"): Promise<string> {
  const context = await browser.newContext();
  const admin = await context.newPage();
  try {
    await signIn(admin, demo.admin);
    await admin.goto("/admin/outbox");
    const body = await admin
      .locator("li")
      .filter({ hasText: to })
      .filter({ hasText: `${path}?token=` })
      .first()
      .locator("pre")
      .textContent();
    const token = new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`).exec(body ?? "")?.[1];
    if (!token) throw new Error(`no ${path} link for ${to} in the outbox`);
    return `${path}?token=${token}`;
  } finally {
    await context.close();
  }
}

/** After sign-up: follows the verification link from the outbox, then signs in (issue 12). */
export async function confirmEmailAndSignIn(page: Page, browser: Browser, email: string, password: string): Promise<void> {
  await expect(page).toHaveURL(/\/sign-up\/check-email/);
  await page.goto(await linkFromOutbox(browser, email, "/verify-email"));
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page).toHaveURL(/\/sign-in\?done=verified/);
  await signIn(page, email, password);
}
