// Issue 15: a first visit follows the browser's language, the switcher's choice wins afterwards, and the
// public pages and the coordinator's queue read (and pass axe) in Marathi and Hindi. Screenshots at 360 px
// and 1280 px go to test-results/<engine>/screenshots for a reviewer to look at.
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { demo, signIn } from "./support/auth";

const homeTitle = { mr: "कौशल्य पुन्हा आपल्या मातीत", hi: "हुनर जो घर लौटता है" } as const;
const widths = [360, 1280] as const;

async function shoot(page: Page, name: string): Promise<void> {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(test.info().project.outputDir, "screenshots", `${name}-${width}.png`), fullPage: true });
  }
}

/** At 360 px nothing scrolls sideways (long Marathi and Hindi option labels once widened the filters). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await page.setViewportSize({ width: 360, height: 900 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), page.url()).toBeLessThanOrEqual(360);
}

test.describe("a Marathi browser", () => {
  test.use({ locale: "mr-IN" });

  test("gets Marathi on the first visit, and English once English is chosen", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "mr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(homeTitle.mr);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  });
});

for (const locale of ["mr", "hi"] as const) {
  test.describe(`${locale} pages`, () => {
    test.use({ locale: `${locale}-IN` });

    test(`home, sign-up, the needs board and a need read in ${locale} and pass axe`, async ({ page }) => {
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(homeTitle[locale]);
      await page.goto("/sign-up");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expectNoAxeViolations(page);
      await shoot(page, `${locale}-sign-up`);
      await expectNoSidewaysScroll(page);
      await page.goto("/needs");
      await expectNoAxeViolations(page);
      await shoot(page, `${locale}-board`);
      await expectNoSidewaysScroll(page);
      await page.locator("main a[href^='/needs/']").first().click();
      await expect(page).toHaveURL(/\/needs\/[^/?]+/);
      await expectNoAxeViolations(page);
      await shoot(page, `${locale}-need`);
      await expectNoSidewaysScroll(page);
    });

    test(`the coordinator's queues read in ${locale} and pass axe`, async ({ page, context, baseURL }) => {
      await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
      await signIn(page, demo.coordinator);
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
      for (const path of ["/dashboard", "/coordinator/matches", "/coordinator/verification"]) {
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expectNoAxeViolations(page);
      }
      await page.goto("/coordinator/matches");
      await shoot(page, `${locale}-coordinator-queue`);
    });

    test(`a shortlist names interest statuses and specialties in ${locale}, not by their codes`, async ({ page, context, baseURL }) => {
      await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
      await signIn(page, demo.coordinator);
      // The demo's Alibag camp has a volunteer's interest (the match queue's "Volunteer's interest" row).
      await page.goto(`/needs?q=${encodeURIComponent("Alibag")}`);
      const href = await page
        .getByRole("link", { name: /Paediatric outreach camp, Alibag/ })
        .first()
        .getAttribute("href");
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
      await page.goto(`/coordinator/shortlist/${href!.split("/").pop()}`);
      const interest = { mr: "व्यक्त केलेले स्वारस्य", hi: "व्यक्त की गई रुचि" }[locale];
      await expect(page.getByText(new RegExp(`${interest}: [\\u0900-\\u097F]`)).first()).toBeVisible();
      await expect(page.getByText(new RegExp(`${interest}: [a-z_]+$`))).toHaveCount(0);
      await expectNoAxeViolations(page);
    });
  });
}
