import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";

// Issue 5 over the demo data: a coordinator runs a round and reads its report and proposals with
// reasons; the shortlist page ranks a need's volunteers; organisations and volunteers see ranked,
// explained lists. Needs the demo seed's open needs, consenting volunteers and the accounts in
// support/auth.ts. Starts one optimal round (proposals only: nothing is approved).
test.describe("matching", () => {
  test("a coordinator runs a round and sees the report, proposals with reasons and a shortlist", async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, demo.coordinator);
    await page.goto("/coordinator/rounds");
    await expect(page.getByRole("heading", { level: 1, name: "Matching rounds" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Kind of round").selectOption("optimal");
    await page.getByRole("button", { name: "Start round" }).click();
    await expect(page.getByText("Round queued.")).toBeVisible();
    // The page refreshes itself while the round runs; wait for the newest round to be done.
    await expect(async () => {
      await page.goto("/coordinator/rounds");
      await expect(page.getByRole("row").nth(1)).toContainText("Done", { timeout: 2_000 });
    }).toPass({ timeout: 120_000 });
    await page.getByRole("row").nth(1).getByRole("link", { name: "Open report" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Round report" })).toBeVisible();
    await expect(page.getByText("Slots filled")).toBeVisible();
    const first = page.getByRole("heading", { name: /^Proposals \(/ });
    await expect(first).toBeVisible();
    await page
      .getByText(/^Why: score \d+/)
      .first()
      .click();
    await expect(page.getByText(/Meets every requirement: \+50/).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await expect(page.getByRole("link", { name: "Review these proposals in the match queue" })).toHaveAttribute("href", /\/coordinator\/matches\?round=/);

    // The need behind the first proposal: its shortlist, ranked and explained, with "propose".
    // (the report also links needs left empty; take a need from the proposals section)
    await page.locator("section[aria-labelledby='proposals'] a[href^='/coordinator/shortlist/']").first().click();
    await expect(page.getByRole("heading", { level: 1, name: /^Shortlist: / })).toBeVisible();
    await expect(page.getByText("Rank 1", { exact: true })).toBeVisible();
    await expect(page.getByText(/^Why: score \d+/).first()).toBeVisible();
    await expectNoAxeViolations(page);

    // "Why is this volunteer not listed?": the engine's verdict on one volunteer, by email.
    const check = page.getByRole("search", { name: "Check a volunteer" });
    await check.getByLabel("Volunteer's email").fill("nobody@demo.skillflow.test");
    await check.getByRole("button", { name: "Check" }).click();
    await expect(page.getByRole("status").filter({ hasText: "No active volunteer account has this email." })).toBeVisible();
    await page.getByRole("search", { name: "Check a volunteer" }).getByLabel("Volunteer's email").fill(demo.volunteer);
    await page.getByRole("search", { name: "Check a volunteer" }).getByRole("button", { name: "Check" }).click();
    await expect(
      page
        .getByRole("status")
        .filter({ hasText: /meets every requirement of this need\. Score: \d+\.|cannot be matched to this need\. Requirements not met:/ }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a volunteer sees needs ranked with reasons", async ({ page }) => {
    await signIn(page, demo.volunteer);
    await page.goto("/volunteer/needs");
    await expect(page.getByText(/^Score \d+/).first()).toBeVisible();
    await page.getByText("Why this score").first().click();
    await expect(page.getByText(/Meets every requirement: \+50/).first()).toBeVisible();

    // The need's own page says how they fit it, with the same score; a need that is not among
    // theirs names the requirements they do not meet.
    const mine = await page.locator("main ol h2 a[href^='/needs/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(mine.length, "needs for me lists all of them (fewer than its limit of 100)").toBeLessThan(100);
    const score = (await page
      .getByText(/^Score \d+/)
      .first()
      .textContent())!.match(/\d+/)![0];
    await page.locator("main ol h2 a[href^='/needs/']").first().click();
    await expect(page.getByRole("heading", { name: "How you fit" })).toBeVisible();
    await expect(page.getByText(`You meet every requirement of this need. Your score: ${score}.`)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/needs");
    const board = await page.locator("main a[href^='/needs/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    const other = board.find((href) => !mine.includes(href));
    expect(other, "the board's first page has a need this volunteer does not fit").toBeTruthy();
    await page.goto(other!);
    await expect(page.getByText("You cannot be matched to this need yet. Requirements not met:")).toBeVisible();
    await expect(
      page
        .getByRole("list", { name: /Requirements not met/ })
        .getByRole("listitem")
        .first(),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test("an organisation sees a need's candidates ranked with reasons", async ({ page }) => {
  await signIn(page, demo.orgRaigad);
  await page.goto("/organization");
  await page
    .getByRole("link", { name: /^Open workspace: / })
    .first()
    .click();
  // DESIGN rule 7 (issue 11): candidates are named for published needs only, so open one of those.
  await page
    .locator("main tr")
    .filter({ has: page.getByRole("cell", { name: "Open", exact: true }) })
    .locator("a[href*='/needs/']")
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Candidates" })).toBeVisible();
  await expect(page.getByText(/^Score \d+/).first()).toBeVisible();
  await page.getByText("Why this score").first().click();
  await expect(page.getByText(/Meets every requirement: \+50/).first()).toBeVisible();
});
