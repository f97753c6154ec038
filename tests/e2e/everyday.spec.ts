// Issue 18 "Everyday experience", in Chromium over the demo: what a newcomer sees. A failed form keeps
// every value (selects included) and moves focus to a summary listing every error at once; the
// organisation is told about new interest; dates and times read the same everywhere.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { confirmEmailAndSignIn, demo, signIn, signOut, uniqueEmail } from "./support/auth";

const afterSubmit = { timeout: 45_000 };
const day = (n: number) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

const newcomer = { email: uniqueEmail("e2e.newcomer"), password: "a long newcomer password" };

async function signUpVolunteer(page: Page, browser: Browser): Promise<string> {
  const email = newcomer.email;
  await page.goto("/sign-up");
  await page.getByLabel("A volunteer (health professional)").check();
  await page.getByLabel("Full name").fill("Dr Meera Joshi");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long newcomer password");
  await page.getByLabel("I am 18 or older").check();
  await page.getByLabel("I agree to matching (required)").check();
  await page.getByRole("button", { name: "Create account" }).click();
  // Issue 12: a new account confirms its email before it signs in.
  await expect(page).toHaveURL(/\/sign-up\/check-email/, afterSubmit);
  await confirmEmailAndSignIn(page, browser, email, newcomer.password);
  return email;
}

test.describe.serial("newcomer volunteer: forms that keep what you gave them", () => {
  // A doctor in Houston: the browser's zone is the default for times of day (ADR 011).
  test.use({ timezoneId: "America/Chicago" });

  test("a failed profile, licence and availability submit keeps every value and lists every error", async ({ page, browser }) => {
    test.setTimeout(180_000);
    await signUpVolunteer(page, browser);

    await page.goto("/volunteer/profile");
    await page.getByLabel("Profession").selectOption({ label: "general practitioner" });
    await page.getByLabel("Country of residence").selectOption("US");
    await page.getByLabel("State of origin").selectOption({ label: "Maharashtra" });
    await page.getByLabel("City of residence").fill("Houston");
    await page.getByLabel("Years of experience").fill("200"); // error 1
    await page.getByLabel("Phone").fill("call me"); // error 2
    await page.getByRole("button", { name: "Save profile" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Some fields need attention." });
    await expect(summary).toBeVisible(afterSubmit);
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: /Years of experience: This number is too large/ })).toBeVisible();
    await expect(summary.getByRole("link", { name: /Phone.*digits, spaces/ })).toBeVisible();
    await expect(page.getByLabel("Profession")).not.toHaveValue("");
    await expect(page.getByLabel("Profession").locator("option:checked")).toHaveText("general practitioner");
    await expect(page.getByLabel("Country of residence")).toHaveValue("US");
    await expect(page.getByLabel("State of origin").locator("option:checked")).toHaveText("Maharashtra");
    await expect(page.getByLabel("City of residence")).toHaveValue("Houston");
    await expectNoAxeViolations(page);

    await page.goto("/volunteer/licences");
    const add = page.locator("form").filter({ has: page.getByRole("button", { name: "Add a licence" }) });
    await add.getByLabel("Country").selectOption("US");
    await add.getByLabel("Issuing authority").fill("Texas Medical Board");
    await add.getByRole("button", { name: "Add a licence" }).click(); // the number is missing
    await expect(add.getByRole("alert").filter({ hasText: /./ })).toBeFocused(afterSubmit);
    await expect(add.getByLabel("Country")).toHaveValue("US");
    await expect(add.getByLabel("Issuing authority")).toHaveValue("Texas Medical Board");

    await page.goto("/volunteer/availability");
    await page.getByLabel("First day").fill(day(60));
    await page.getByLabel("Last day").fill(day(50)); // before the first day
    await page.getByLabel("Kind").selectOption("remote");
    await page.getByLabel("Hours per week (remote only)").fill("4");
    await page.getByRole("button", { name: "Add a window" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Some fields need attention." });
    await expect(alert).toBeFocused(afterSubmit);
    await expect(alert.getByRole("listitem")).toHaveCount(1); // only the real error, no "hours are for remote only"
    await expect(alert).toContainText("The end must come after the start.");
    await expect(page.getByLabel("Kind")).toHaveValue("remote");
    await expect(page.getByLabel("Hours per week (remote only)")).toHaveValue("4");
    // corrected, it saves
    await page.getByLabel("First day").fill(day(25));
    await page.getByLabel("Last day").fill(day(120));
    await page.getByLabel("Kind").selectOption("in_person");
    await page.getByLabel("Hours per week (remote only)").fill("");
    await page.getByRole("button", { name: "Add a window" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Window added." })).toBeVisible(afterSubmit);

    // Times of day: the browser's zone, named; then the zone chosen in the account settings.
    await page.goto("/volunteer/consents");
    await expect(page.getByText(/Given on .+, \d{1,2}:\d{2}\s?[AP]M C[SD]T/).first()).toBeVisible();
    await page.goto("/account");
    await page.getByLabel("Show times in").selectOption("Asia/Tokyo");
    await page.getByRole("button", { name: "Save time zone" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your time zone was saved." })).toBeVisible(afterSubmit);
    await expectNoAxeViolations(page);
    await page.goto("/volunteer/consents");
    await expect(page.getByText(/Given on .+, \d{1,2}:\d{2}\s?[AP]M GMT\+9/).first()).toBeVisible();
  });

  test("expressing interest says so after the need leaves the list, and the organisation is told", async ({ page }) => {
    await signIn(page, newcomer.email, newcomer.password);
    await page.goto("/volunteer/needs");
    const first = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 2 }) })
      .first();
    const needTitle = (await first.getByRole("heading", { level: 2 }).textContent())!.trim();
    await first.getByRole("button", { name: /Express interest/ }).click();
    await expect(page.getByRole("status").filter({ hasText: "Interest sent." }).first()).toBeVisible(afterSubmit);
    await expectNoAxeViolations(page);
    // said once: the next page does not repeat it
    await page.goto("/volunteer/interests");
    await expect(page.getByText("Interest sent.")).toHaveCount(0);

    await signOut(page);
    await signIn(page, demo.orgRaigad);
    await page.goto("/inbox");
    await expect(page.getByRole("heading", { level: 2, name: `New interest in ${needTitle}` }).first()).toBeVisible();
  });
});

test('the dashboard\'s "Needs open longest" counts the days each need has been open', async ({ page }) => {
  await page.goto("/impact");
  const table = page.getByRole("table", { name: "Needs open longest" });
  await expect(table).toBeVisible();
  const header = await table.getByRole("columnheader").allTextContents();
  const col = header.findIndex((h) => h.trim() === "Days open");
  expect(col).toBeGreaterThan(-1);
  const rows = table.locator("tbody tr");
  const days: number[] = [];
  for (let i = 0; i < (await rows.count()); i++) days.push(Number((await rows.nth(i).locator("td, th").nth(col).textContent())?.replace(/[^0-9]/g, "")));
  expect(days.length).toBeGreaterThan(1);
  expect(Math.max(...days)).toBeGreaterThan(0);
  expect([...days].sort((a, b) => b - a)).toEqual(days); // oldest first
});

/** "Oct 8 – 21, 2026", "Oct 28 – Nov 3, 2026" or "Dec 30, 2026 – Jan 2, 2027" → first and last day. */
function parseSpan(text: string): { first: Date; last: Date } {
  const [left, right] = text.split(/\s*[–-]\s*/);
  const year = /\d{4}/.exec(right)![0];
  const leftFull = /\d{4}/.test(left) ? left : `${left}, ${year}`;
  const first = new Date(`${leftFull} 00:00 UTC`);
  const rightFull = /^[A-Z]/.test(right) ? right : `${leftFull.split(" ")[0]} ${right}`;
  return { first, last: new Date(`${rightFull} 00:00 UTC`) };
}

test("a report page shows its period with the last day included, counting the same days", async ({ page }) => {
  await signIn(page, demo.volunteer);
  await page.goto("/volunteer/reports");
  await page.getByRole("link", { name: /^Open/ }).first().click();
  const period = page.getByText(/\(\d+ days?\)$/).first();
  await expect(period).toBeVisible();
  const text = (await period.textContent())!.replace(/[\u2009\u202f]/g, " ");
  const m = /^(.+) \((\d+) days?\)$/.exec(text)!;
  const { first, last } = parseSpan(m[1]);
  expect((last.getTime() - first.getTime()) / 86_400_000 + 1).toBe(Number(m[2]));
});

test("every page has a favicon and a title naming the page", async ({ page, request }) => {
  expect((await request.get("/favicon.ico")).status()).toBe(200);
  await signIn(page, demo.coordinator);
  for (const [path, title] of [
    ["/coordinator/verification", /^Verification.* · SkillFlow$/],
    ["/coordinator/matches", /· SkillFlow$/],
    ["/account", /^Your account · SkillFlow$/],
    ["/inbox", /^Inbox · SkillFlow$/],
  ] as const) {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
    expect(await page.title()).not.toBe("SkillFlow");
  }
});
