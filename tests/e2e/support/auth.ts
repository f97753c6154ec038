import { expect, type Page } from "@playwright/test";

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
