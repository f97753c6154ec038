// Issue #6 in Chromium over the demo: a coordinator verifies a licence, approves a proposed match
// with a period, the volunteer accepts the offer, the organisation sees the now-disclosed contact;
// the audit log shows each decision. axe on every page. Demo data: db/seed/demo-placements.ts.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { demo, signIn, signOut } from "./support/auth";

const NEED = "Paediatric outreach camp, Alibag";

async function openMatch(page: Page) {
  await page.goto("/coordinator/matches");
  await expect(page.getByRole("heading", { level: 1, name: "Match queue" })).toBeVisible();
  await expectNoAxeViolations(page);
  const row = page.getByRole("row").filter({ hasText: NEED });
  await row.getByRole("link", { name: /Review/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(NEED);
}

test.describe.serial("coordination", () => {
  test("a coordinator verifies a licence and sets a level with a note", async ({ page }) => {
    await signIn(page, demo.coordinator);
    await page.goto("/coordinator/verification");
    await expect(page.getByRole("heading", { level: 1, name: "Verification queue" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.locator("tbody tr").first().getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Verify");
    await expectNoAxeViolations(page);
    await page.getByLabel("Level", { exact: true }).selectOption("2");
    // Issue 11: no licence is preselected; level 2 must name the evidence it rests on.
    await page.getByLabel("Rests on licence").selectOption({ index: 1 });
    await page.getByLabel("Note").fill("Checked the number on the authority's public register.");
    await page.getByRole("button", { name: "Record the decision" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The decision is recorded." })).toBeVisible();
    await expect(page.getByText("Checked the number on the authority's public register.")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("an invalid period is refused with the broken rules; the suggested one is approved", async ({ page }) => {
    await signIn(page, demo.coordinator);
    await openMatch(page);
    await expectNoAxeViolations(page);
    const first = page.getByLabel("First day");
    const last = page.getByLabel("Last day");
    const suggestedFirst = await first.inputValue();
    const suggestedLast = await last.inputValue();
    expect(suggestedFirst).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // one day long: shorter than the need's 14-day minimum
    await last.fill(suggestedFirst);
    await page.getByRole("button", { name: "Approve and send the offer" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "shorter than the need's minimum" })).toBeVisible();
    await expect(page.getByLabel("First day")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);
    await page.getByLabel("Last day").fill(suggestedLast);
    await page.getByRole("button", { name: "Approve and send the offer" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Approved" })).toBeVisible();
    await page.reload();
    await expect(page.getByText(/Offered/).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Approve and send the offer" })).toHaveCount(0);
  });

  test("the volunteer sees the offer with its deadline and accepts it", async ({ page }) => {
    await signIn(page, demo.volunteer);
    // the dashboard leads with the waiting offer and its deadline, in a named zone (issue 18)
    const waiting = page.getByRole("region", { name: "Waiting for your answer" });
    await expect(waiting.getByText(new RegExp(`Offer: ${NEED.replace(/[()]/g, "\\$&")}.*Answer by .+\\d:\\d{2}\\s?[AP]M \\S+`))).toBeVisible();
    await page.goto("/volunteer/offers");
    await expect(page.getByRole("heading", { level: 1, name: "My offers and placements" })).toBeVisible();
    const offer = page.getByRole("region", { name: NEED });
    await expect(offer.getByText("Answer by")).toBeVisible();
    await expectNoAxeViolations(page);
    await offer.getByRole("button", { name: "Accept the offer" }).click();
    await expect(page.getByRole("region", { name: NEED }).getByText("Scheduled")).toBeVisible();
    // said once at the top of the page, as the offer's buttons are gone (issue 18)
    await expect(page.getByRole("status").filter({ hasText: "You accepted the offer" }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    // The month view of the availability page shows the placement on its days and lists it.
    // the period reads "Oct 8 – 21, 2026" (or "Dec 30, 2026 – Jan 2, 2027"): first month, then its year
    const m = /([A-Z][a-z]{2}) (\d{1,2})\b[^]*?(\d{4})/.exec((await page.getByRole("region", { name: NEED }).textContent()) ?? "");
    expect(m).toBeTruthy();
    const d = new Date(`${m![1]} ${m![2]}, ${m![3]} 12:00 UTC`);
    const month = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
    await page.goto(`/volunteer/availability?month=${month}`);
    const listed = page.getByRole("heading", { name: "Offers and placements this month" }).locator("xpath=following-sibling::ul[1]");
    await expect(listed.getByRole("link", { name: NEED })).toBeVisible();
    await expect(page.getByRole("table").getByText("placement").first()).toBeVisible();
    await expectNoAxeViolations(page);
    await signOut(page);
  });

  test("the organisation sees the placement, the disclosed contact, and confirms arrival", async ({ page }) => {
    await signIn(page, demo.orgRaigad);
    await page.goto("/organization/placements");
    await expect(page.getByRole("heading", { level: 1, name: "Placements at your needs" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: NEED }).click();
    await expect(page.getByText(demo.volunteer)).toBeVisible();
    await expect(page.getByText("This view of the volunteer's contact details is recorded.")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Arrival details").fill("Report to the District Hospital, Alibag, at 9:00 on the first day.");
    await page.getByRole("button", { name: "Save arrival details" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Arrival details saved." })).toBeVisible();
  });

  test("the audit log shows the decisions, filtered by action, for coordinators and admins", async ({ page }) => {
    await signIn(page, demo.coordinator);
    await page.goto("/coordinator/audit?action=match.approved");
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "match.approved" }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/coordinator/audit?action=placement.*");
    await expect(page.getByRole("cell", { name: "placement.accepted" })).toBeVisible();
    await signOut(page);
    await signIn(page, demo.admin);
    await page.goto("/coordinator/audit");
    await expect(page.getByRole("cell", { name: "volunteer.verification_set" }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a volunteer cannot reach the coordinator's pages", async ({ page }) => {
    await signIn(page, demo.volunteer);
    const res = await page.goto("/coordinator/matches");
    expect(res?.status()).toBe(404);
  });
});
