import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { confirmEmailAndSignIn, uniqueEmail } from "./support/auth";

// Issue 3, "Done when": a new volunteer signs up with consents, completes the profile with the
// pickers, adds a licence with a document and two availability windows, sees eligible needs with
// reasons, expresses interest, then exports their data and finds all of it in the export.
// Demo data needed: at least one open in-person need a brand-new (level 0) volunteer is eligible for
// (no profession/specialty/required language, window starting within ~30 days).

// After a submit the server renders the page again; generous under `next dev`, instant in a build.
const afterSubmit = { timeout: 45_000 };

const day = (n: number) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** A range of days as every page writes it (lib/i18n/when.ts: last day included, never shifted). */
const span = (first: string, last: string) =>
  new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }).formatRange(new Date(`${first}T00:00:00Z`), new Date(`${last}T00:00:00Z`));

async function choose(page: Page, label: string, typed: string, option: string) {
  // The picker is a text input with a datalist: typing filters, the chosen option fills the value.
  const input = page.getByLabel(label, { exact: true });
  await input.fill(typed);
  await input.fill(option);
}

test.describe("volunteer journey", () => {
  test("sign-up with consents → profile → licence → availability → needs → interest → export", async ({ page, browser }) => {
    test.setTimeout(Number(process.env.E2E_JOURNEY_TIMEOUT ?? 240_000)); // one long journey over eight pages (raise under `next dev`)
    const email = uniqueEmail("e2e.volunteer");
    const password = "a long volunteer password";

    await page.goto("/sign-up");
    await page.getByLabel("A volunteer (health professional)").check();
    await page.getByLabel("Full name").fill("Dr Kavita Deshpande");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    // Matching consent is required: without it the form comes back with the error and the values kept.
    await page.getByLabel("I am 18 or older").check();
    await page.getByRole("button", { name: "Create account" }).click();
    // the error shows beside the box and in the summary at the top (issue 18)
    await expect(page.locator("#f-consentMatching-error")).toContainText("Matching consent is needed to take part", afterSubmit);
    await expect(page.getByLabel("Full name")).toHaveValue("Dr Kavita Deshpande", afterSubmit);
    await expectNoAxeViolations(page);
    await page.getByLabel("Password").fill(password);
    await page.getByLabel("I agree to matching (required)").check();
    await page.getByLabel("I agree to be contacted about future needs").check();
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/sign-up\/check-email/, afterSubmit);
    await confirmEmailAndSignIn(page, browser, email, password);

    // Profile with the pickers
    await page.goto("/volunteer/profile");
    await expect(page.getByRole("heading", { name: "Your professional profile" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Profession").selectOption({ label: "general practitioner" });
    await page.getByLabel("Primary specialty (physicians)").selectOption("01");
    await page.getByLabel("Years of experience").fill("14");
    await page.getByLabel("Country of residence").selectOption("US");
    await page.getByLabel("City of residence").fill("Houston");
    await page.getByLabel("State of origin").selectOption({ label: "Maharashtra" });
    await choose(page, "District of origin", "पुणे", "Pune — पुणे, Maharashtra [490]");
    await choose(page, "Preferred district 1", "nagpur", "Nagpur — नागपूर, Maharashtra [484]");
    await choose(page, "Language 1", "mar", "Marathi — मराठी [mar]");
    await page.locator("#f-languages-0-proficiency").selectOption("native");
    await choose(page, "Language 2", "eng", "English [eng]");
    await page.locator("#f-languages-1-proficiency").selectOption("fluent");
    await page.getByLabel("Phone").fill("+1 713 555 0100");
    await page.locator("#f-q-0-degree").fill("MBBS");
    await page.locator("#f-q-0-institution").fill("B. J. Medical College, Pune");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Profile saved." })).toBeVisible(afterSubmit);
    await page.reload();
    await expect(page.getByLabel("District of origin", { exact: true })).toHaveValue("Pune — पुणे, Maharashtra [490]");
    await expect(page.getByText("Verification level: 0 of 3")).toBeVisible();

    // A licence with its document
    await page.goto("/volunteer/licences");
    await expectNoAxeViolations(page);
    const add = page.locator("form").filter({ has: page.getByRole("button", { name: "Add a licence" }) });
    await add.getByLabel("Issuing authority").fill("Texas Medical Board");
    await add.getByLabel("Country").selectOption("US");
    await add.getByLabel("Licence or registration number").fill("TX-Q1234567");
    await add.getByLabel("Valid to (expiry)").fill(day(700));
    await add
      .getByLabel(/^Document/)
      .setInputFiles({ name: "texas-licence.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n% e2e licence\n") });
    await add.getByRole("button", { name: "Add a licence" }).click();
    await expect(page.getByRole("heading", { name: /Texas Medical Board/ })).toBeVisible(afterSubmit);
    await expect(page.getByRole("link", { name: "texas-licence.pdf" })).toBeVisible(afterSubmit);
    await expect(page.getByText("TX-Q1234567")).toBeVisible(); // the owner sees the full number
    // The document downloads as an attachment with nosniff; anyone else gets 404.
    const href = (await page.getByRole("link", { name: "texas-licence.pdf" }).getAttribute("href"))!;
    const own = await page.request.get(href);
    expect(own.status()).toBe(200);
    expect(own.headers()["content-disposition"]).toMatch(/^attachment;/);
    expect(own.headers()["x-content-type-options"]).toBe("nosniff");
    const stranger = await page.context().browser()!.newContext({ baseURL: page.url() });
    expect((await stranger.request.get(href)).status()).toBe(404);
    await stranger.close();

    // Two availability windows
    await page.goto("/volunteer/availability");
    await expectNoAxeViolations(page);
    await page.getByLabel("First day").fill(day(25));
    await page.getByLabel("Last day").fill(day(120));
    await page.getByRole("button", { name: "Add a window" }).click();
    await expect(page.getByText(span(day(25), day(120)))).toBeVisible(afterSubmit);
    await page.getByLabel("First day").fill(day(150));
    await page.getByLabel("Last day").fill(day(180));
    await page.getByLabel("Kind").selectOption("remote");
    await page.getByLabel("Hours per week (remote only)").fill("4");
    await page.getByRole("button", { name: "Add a window" }).click();
    await expect(page.getByText(span(day(150), day(180)))).toBeVisible(afterSubmit);
    // An overlapping in-person window is refused with a clear message
    await page.getByLabel("First day").fill(day(100));
    await page.getByLabel("Last day").fill(day(130));
    await page.getByRole("button", { name: "Add a window" }).click();
    await expect(page.getByText("This overlaps one of your own windows").last()).toBeVisible(afterSubmit);
    await expect(page.getByRole("table")).toBeVisible(afterSubmit);
    await expectNoAxeViolations(page);

    // Needs for me, with reasons; express interest in the best one
    await page.goto("/volunteer/needs");
    await expectNoAxeViolations(page);
    const first = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 2 }) })
      .first();
    await expect(first).toBeVisible();
    const needTitle = (await first.getByRole("heading", { level: 2 }).textContent())!.trim();
    await first.getByText("Why this score").click();
    await expect(first.getByText("Meets every requirement")).toBeVisible(afterSubmit);
    await first.getByLabel("Note for the organisation (optional)").fill("Free from next month");
    await first.getByRole("button", { name: /Express interest/ }).click();
    // The list is rendered again: this need now links to its place in "My interests".
    await expect(page.getByRole("link", { name: "Interest: Sent" })).toBeVisible(afterSubmit);

    await page.goto("/volunteer/interests");
    await expect(page.getByRole("heading", { name: `Choice 1: ${needTitle}` })).toBeVisible();
    await expect(page.getByText("Seen by the organisation (next step)")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto("/volunteer/consents");
    await expectNoAxeViolations(page);

    // Export: everything is in it
    await page.goto("/volunteer/data");
    await expectNoAxeViolations(page);
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download my data (JSON)" }).click();
    const download = await downloadPromise;
    const exported = JSON.parse(readFileSync((await download.path())!, "utf8"));
    expect(exported.account.email).toBe(email);
    expect(exported.profile.fullName).toBe("Dr Kavita Deshpande");
    expect(exported.profile.originDistrictCode).toBe(490);
    expect(exported.profile.languages.map((l: { code: string }) => l.code).sort()).toEqual(["eng", "mar"]);
    expect(exported.licences[0]).toMatchObject({ authority: "Texas Medical Board", number: "TX-Q1234567" });
    expect(exported.documents[0]).toMatchObject({ name: "texas-licence.pdf", contentType: "application/pdf" });
    expect(exported.availability).toHaveLength(2);
    expect(exported.interests[0]).toMatchObject({ needTitle, note: "Free from next month", status: "sent" });
    expect(
      exported.consents
        .filter((c: { granted: boolean }) => c.granted)
        .map((c: { purpose: string }) => c.purpose)
        .sort(),
    ).toEqual(["contact_future", "matching"]);
  });
});
