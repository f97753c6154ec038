// Issue 7 over the demo: the demo volunteer's completed placement at DHO Raigad (seeded by
// db/seed/demo-impact.ts without a report) gets a report, the organisation corrects and confirms
// it, both sides rate each other, and the new figures reach both dashboards and the CSV export.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { demo, signIn, signOut } from "./support/auth";

const NEED = "Monsoon OPD cover, Alibag (completed)";

async function stat(page: Page, label: string): Promise<number> {
  const dd = page
    .locator("dl > div", { has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) })
    .first()
    .locator("dd");
  return Number((await dd.innerText()).replace(/[^\d]/g, ""));
}

async function rate(page: Page, aspects: string[], score: number): Promise<void> {
  for (const a of aspects) await page.getByRole("group", { name: a }).getByLabel(`${score} of 5`).check();
}

test.describe("impact", () => {
  test("report → correction and confirmation → feedback both ways → dashboards and CSV, axe clean", async ({ page }) => {
    test.setTimeout(480_000); // generous for a loaded CI machine; the production run takes well under a minute
    await page.goto("/impact");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Impact: where skill flowed");
    await expectNoAxeViolations(page);
    const trainedBefore = await stat(page, "Local staff trained");
    const reportsBefore = await stat(page, "Confirmed reports");

    // The volunteer files the report; an impossible figure is refused first.
    await signIn(page, demo.volunteer);
    await page.goto("/volunteer/reports");
    await expectNoAxeViolations(page);
    await page
      .getByRole("row", { name: new RegExp(NEED.replace(/[()]/g, "\\$&")) })
      .getByRole("link")
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(NEED);
    await page.getByLabel("Days served").fill("2");
    await page.getByLabel("Hours worked").fill("100");
    await page.getByRole("button", { name: "Submit to the organisation" }).click();
    // the error summary (issue 18) leads with the sentence and lists the field's error
    await expect(page.getByRole("alert").filter({ hasText: "Some fields need attention." })).toContainText(
      "Hours worked: More hours than the days served allow (24 per day).",
    );
    // beside the field (the last of two: the error summary at the top lists it too, issue 18)
    await expect(page.getByText("More hours than the days served allow (24 per day).").last()).toBeVisible();
    await expect(page.getByLabel("Hours worked")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);
    await page.getByLabel("Days served").fill("14");
    await page.getByLabel("Hours worked").fill("84");
    await page.getByLabel("Patients seen").fill("210");
    await page.getByLabel("Local staff trained").fill("7");
    await page.getByLabel("What you trained them in").fill("Neonatal resuscitation");
    await page.getByLabel("Teaching sessions given").fill("4");
    await page.getByLabel("In your own words").fill("Covered the OPD and trained the ward nurses.");
    await page.getByRole("button", { name: "Submit to the organisation" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Submitted." })).toBeVisible();
    await rate(page, ["Preparation and briefing", "Support on site", "Clarity of the role", "Travel, housing and logistics"], 5);
    await page.getByLabel("Comment (optional)").fill("A welcoming team.");
    await page.getByRole("button", { name: "Send feedback" }).click();
    await expect(page.getByText(/You rated this placement on/)).toBeVisible();
    await expectNoAxeViolations(page);
    await signOut(page);

    // The organisation corrects one figure and confirms; then rates the volunteer.
    await signIn(page, demo.orgRaigad);
    await page.goto("/organization/reports");
    await page
      .getByRole("row", { name: new RegExp(NEED.replace(/[()]/g, "\\$&")) })
      .getByRole("link")
      .click();
    await expect(page.getByLabel("Local staff trained")).toHaveValue("7");
    await expectNoAxeViolations(page);
    await page.getByLabel("Local staff trained").fill("6");
    await page.getByLabel("Note for the record (optional)").fill("Attendance sheet lists 6.");
    await page.getByRole("button", { name: "Confirm figures" }).click();
    await expect(page.getByText(/Confirmed by the organisation on/)).toBeVisible();
    await expect(page.getByText(/The organisation corrected: Local staff trained \(7 → 6\)/)).toBeVisible();
    await rate(page, ["Clinical skill", "Teaching and skill transfer", "Communication", "Reliability"], 4);
    await page.getByRole("button", { name: "Send feedback" }).click();
    await expect(page.getByText(/You rated this placement on/)).toBeVisible();
    await expectNoAxeViolations(page);
    await signOut(page);

    // Public dashboard and its CSV carry the confirmed (corrected) figures.
    await page.goto("/impact");
    expect(await stat(page, "Local staff trained")).toBe(trainedBefore + 6);
    expect(await stat(page, "Confirmed reports")).toBe(reportsBefore + 1);
    const csv = await page.request.get("/api/v1/impact/skill-transfer.csv");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const [header, row] = (await csv.text()).trim().split("\r\n");
    expect(header).toBe(
      "period_from,period_to,division_filter,confirmed_reports,days_served,hours,patients_seen,procedures_or_camps,staff_trained,sessions_taught",
    );
    expect(row.split(",")[8]).toBe(String(trainedBefore + 6));
    // a shareable filtered view: the Konkan division (Raigad) with the filter kept in the URL
    await page.getByRole("combobox", { name: "Division" }).selectOption("Konkan");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/division=Konkan/);
    await expectNoAxeViolations(page);

    // The coordinator sees the unsuppressed dashboard with the new feedback.
    await signIn(page, demo.coordinator);
    await page.goto("/coordinator/dashboard");
    expect(await stat(page, "Local staff trained")).toBe(trainedBefore + 6);
    await expect(page.getByRole("cell", { name: "A welcoming team." })).toBeVisible();
    await expectNoAxeViolations(page);
    const coordCsv = await page.request.get("/api/v1/impact/coordinator/feedback-averages.csv");
    expect((await coordCsv.text()).split("\r\n")[0]).toBe("period_from,period_to,division_filter,from_side,aspect,average,ratings");
  });

  test("someone else's placement report is not found, and the coordinator CSV needs a coordinator", async ({ page }) => {
    const res = await page.request.get("/api/v1/impact/coordinator/offers.csv");
    expect(res.status()).toBe(401);
    await signIn(page, demo.orgNagpurGmc);
    await page.goto("/organization/reports");
    const resp = await page.goto("/organization/reports/00000000-0000-4000-8000-000000000000");
    expect(resp?.status()).toBe(404);
  });
});
