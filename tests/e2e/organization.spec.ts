// Issue #4 in Chromium: a health-department user registers an organisation, a coordinator verifies
// it, the user adds a facility and posts a need, the need is found on the public board by a search
// with a typo and by filters, a volunteer expresses interest, and the organisation sees it. axe on
// every page. Demo data used: the coordinator and volunteer accounts of db/seed/demo.ts, and the
// reference districts (Nagpur) and specialties; the organisation and its need are created here.
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { confirmEmailAndSignIn, demo, signIn, signOut, uniqueEmail } from "./support/auth";

// Server actions here redirect and revalidate; give them room on a loaded two-core machine.
const expect = baseExpect.configure({ timeout: 45_000 });
test.describe.configure({ timeout: 300_000 });

const run = Date.now().toString(36);
const ORG = `Rural Health Office Bhiwapur ${run}`;
const FACILITY = `Jawli Primary Health Centre ${run}`;
const NEED = `Paediatric outreach camp ${run}`;
const ORG_EMAIL = uniqueEmail("e2e.org");
const PASSWORD = "a long e2e password";

async function openWorkspace(page: Page) {
  await page.goto("/organization");
  await page.getByRole("link", { name: `Open workspace: ${ORG}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Needs" })).toBeVisible();
}

test.describe.serial("health departments", () => {
  test("a health-department user signs up and registers an organisation; it is pending", async ({ page, browser }) => {
    await page.goto("/sign-up?as=organization");
    await page.getByLabel("Full name").fill("Dr Meera Kulkarni");
    await page.getByLabel("Email").fill(ORG_EMAIL);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByLabel("A member of a health department, college, hospital or association").check();
    await page.getByRole("button", { name: "Create account" }).click();
    await confirmEmailAndSignIn(page, browser, ORG_EMAIL, PASSWORD);

    await page.goto("/organization/register");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Register" }).click();
    await expect(page.getByRole("alert").first()).toBeVisible();
    await expect(page.getByLabel("Organisation name")).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Organisation name").fill(ORG);
    await page.getByLabel("Kind of organisation").selectOption({ label: "District health office" });
    await page.getByLabel("District (optional)").selectOption({ label: "Nagpur" });
    await page.getByLabel("Official contact email").fill("dho.bhiwapur@example.org");
    await page.getByRole("button", { name: "Register" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Needs" })).toBeVisible();
    await expect(page.getByText("waiting for a coordinator to verify it")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a coordinator verifies the organisation", async ({ page }) => {
    await signIn(page, demo.coordinator);
    await page.goto("/coordinator/organizations");
    await expect(page.getByRole("heading", { level: 1, name: "Organisations to verify" })).toBeVisible();
    await expectNoAxeViolations(page);
    const entry = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: ORG }) });
    await entry.getByRole("button", { name: `Verify: ${ORG}` }).click();
    // verified, it leaves the pending list and appears among the verified ones
    await expect(entry).toHaveCount(0);
    await page.goto("/coordinator/organizations?status=verified");
    await expect(page.getByRole("heading", { name: ORG })).toBeVisible();
    await signOut(page);
  });

  test("the user adds a facility and posts a need", async ({ page }) => {
    await signIn(page, ORG_EMAIL, PASSWORD);
    await openWorkspace(page);
    await expect(page.getByText("waiting for a coordinator")).toHaveCount(0);
    await page.getByRole("navigation", { name: "Workspace navigation" }).getByRole("link", { name: "Facilities" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Facilities" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Type", { exact: true }).selectOption({ label: "Primary health centre (PHC)" });
    await page.getByLabel("Name", { exact: true }).fill(FACILITY);
    await page.getByLabel("District", { exact: true }).selectOption({ label: "Nagpur" });
    await page.getByLabel("Taluka (optional)").selectOption({ label: "Bhiwapur (Nagpur)" });
    await page.getByLabel("PIN code (optional)").fill("441201");
    await page.getByRole("button", { name: "Save facility" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Facility saved." })).toBeVisible();
    await expect(page.getByText(FACILITY).first()).toBeVisible();

    await page.getByRole("navigation", { name: "Workspace navigation" }).getByRole("link", { name: "Needs" }).click();
    await page.getByRole("link", { name: "Post a need" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Post a need" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Type of need").selectOption("specialist_camp");
    await page.getByLabel("Title", { exact: true }).fill(NEED);
    await page.getByLabel("Description").fill("Two weeks of immunisation and growth clinics in tribal villages.");
    await page.getByLabel("Facility").selectOption({ label: `${FACILITY} (Nagpur)` });
    await page.getByLabel("Specialty (optional)").selectOption({ label: "Pediatric Medicine" });
    await page
      .getByRole("group", { name: "Required languages" })
      .getByLabel(/^Marathi/)
      .check();
    // a rule broken on the server: a maximum above the minimum's bound is fine, slots of 0 are not
    await page.getByLabel("Places (1–100)").fill("0");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByLabel("Places (1–100)")).toHaveAttribute("aria-invalid", "true");
    // beside the field (the last of two: the error summary at the top lists it too, issue 18)
    await expect(page.getByText("Places must be between 1 and 100.").last()).toBeVisible();
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue(NEED);
    await page.getByLabel("Places (1–100)").fill("2");
    await page.getByRole("group", { name: "What you offer" }).getByLabel("Housing").check();
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("heading", { level: 1, name: NEED })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Publish" }).click();
    // publishing re-renders the page as an open need (the publish form itself is gone)
    await expect(page.getByRole("link", { name: "View on the public board" })).toBeVisible();
    await signOut(page);
  });

  test("anyone finds the need on the public board by a search with a typo and by filters", async ({ page }) => {
    await page.goto("/needs");
    await expect(page.getByRole("heading", { level: 1, name: "Needs board" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("searchbox", { name: "Search" }).fill(`paediatric ${run} Nagpr`);
    await page.getByRole("button", { name: "Show needs" }).click();
    await expect(page).toHaveURL(/q=paediatric/);
    await expect(page.getByRole("link", { name: NEED })).toBeVisible();

    await page.goto("/needs");
    // the filters live in the board's search form (the header has a language switch of its own)
    const board = page.getByRole("search", { name: "Search" });
    await board.getByLabel("Division").selectOption("Nagpur");
    await board.getByLabel("Type of need").selectOption("specialist_camp");
    await board.getByLabel("Language").selectOption("mar");
    await board.getByLabel("Sort by").selectOption("newest");
    await page.getByRole("button", { name: "Show needs" }).click();
    await expect(page).toHaveURL(/division=Nagpur/);
    await expect(page.getByRole("link", { name: NEED })).toBeVisible();
    await expectNoAxeViolations(page);

    // hostile input answers with a page, never an error
    await page.goto(`/needs?q=${encodeURIComponent("'; DROP TABLE needs; -- 🩺")}&page=x`);
    await expect(page.getByRole("heading", { level: 1, name: "Needs board" })).toBeVisible();

    await page.goto(`/needs?q=${encodeURIComponent(run)}`);
    await page.getByRole("link", { name: NEED }).click();
    await expect(page.getByRole("heading", { level: 1, name: NEED })).toBeVisible();
    await expect(page.getByText("Sign in as a volunteer to express interest.")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a volunteer expresses interest and the organisation sees it", async ({ page }) => {
    await signIn(page, demo.volunteer);
    await page.goto(`/needs?q=${encodeURIComponent(run)}`);
    await page.getByRole("link", { name: NEED }).click();
    await page.getByLabel("A note to the organisation (optional)").fill("I can come for the whole camp.");
    await page.getByRole("button", { name: "Express interest" }).click();
    // the page re-renders with the volunteer's own interest in place of the form
    await expect(page.getByRole("status").filter({ hasText: "Your interest: sent" })).toBeVisible();
    await expectNoAxeViolations(page);
    await signOut(page);

    await signIn(page, ORG_EMAIL, PASSWORD);
    await openWorkspace(page);
    const row = page.getByRole("row").filter({ hasText: NEED });
    await expect(row.getByRole("cell").nth(3)).toHaveText("1");
    await row.getByRole("link", { name: NEED }).click();
    const interests = page.getByRole("region", { name: "Interests from volunteers" });
    await expect(interests.getByText("I can come for the whole camp.")).toBeVisible();
    await expect(interests.getByText(/Reply by/)).toBeVisible();
    // Proficiency in words from the catalogue, not the stored code ("fluent"); every demo volunteer speaks English.
    await expect(interests.getByText(/Speaks: .*English \(Fluent\)/)).toBeVisible();
    await expectNoAxeViolations(page);
    await interests.getByRole("radio", { name: "Shortlisted" }).check();
    await interests.getByRole("button", { name: "Send answer" }).click();
    await expect(interests.getByRole("status").filter({ hasText: "Answer recorded." })).toBeVisible();
    await expect(interests.getByText("Status: shortlisted")).toBeVisible();
  });
});
