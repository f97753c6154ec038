import { defineConfig } from "@playwright/test";

// Driven by tests/e2e/run.ts, which prepares the database, seeds the demo and starts the server.
export default defineConfig({
  testDir: ".",
  testMatch: /.*\.spec\.ts$/,
  fullyParallel: false,
  workers: 1, // one server, one embedded database, two cores
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: process.env.E2E_JSON_REPORT ?? "../../reports/e2e.json" }]],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? "http://127.0.0.1:3300",
    trace: "retain-on-failure",
    // Pages follow the browser's Accept-Language on a first visit (i18n/choose-locale.ts): specs read
    // English unless they ask for another locale (tests/e2e/locale.spec.ts).
    locale: "en-US",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      // This machine's network is closed: without these Chromium retries Google hosts at every start.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  outputDir: `../../test-results/${process.env.E2E_ENGINE ?? "local"}`,
});
