import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";

// Issue 11 (DESIGN rule 7) over the demo data: an organisation still waiting for verification
// (dho.satara, whose needs are drafts) sees how many volunteers fit a need, never who they are.
test("a pending organisation's draft shows a count of fitting volunteers, no names or scores", async ({ page }) => {
  await signIn(page, demo.orgPending);
  await page.goto("/organization");
  await page
    .getByRole("link", { name: /^Open workspace: / })
    .first()
    .click();
  await page.locator("main a[href*='/needs/']:not([href$='/new']):not([href*='duplicate'])").first().click();
  await expect(page.getByRole("heading", { name: "Candidates" })).toBeVisible();
  await expect(page.getByText(/(volunteers? meets? these requirements|No volunteer meets these requirements)/)).toBeVisible();
  await expect(page.getByText(/^Score \d+/)).toHaveCount(0);
  await expect(page.getByText("Why this score")).toHaveCount(0);
  await expectNoAxeViolations(page);
});
