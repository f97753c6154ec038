import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.1 A/AA scan of the page as it is now; fails with the rule ids and targets. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Next.js streams a page's metadata after its body: after a client-side navigation the <title>
  // can arrive a moment after the URL changes. Scan the page once it is whole.
  await expect.poll(() => page.title(), { timeout: 10_000 }).not.toBe("");
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
