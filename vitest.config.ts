import { defineConfig } from "vitest/config";
import path from "node:path";

const root = path.dirname(new URL(import.meta.url).pathname);
const alias = {
  "@": root,
  // `server-only` throws outside React Server Components; the data layer is tested directly.
  "server-only": path.join(root, "tests/stubs/server-only.ts"),
};

const integration = (name: string, engine: "pglite" | "postgres") => ({
  extends: true as const,
  test: {
    name,
    // *.pg.test.ts: checks that only mean something on real PostgreSQL (query plans).
    include: ["tests/integration/**/*.test.ts"],
    exclude: engine === "postgres" ? [] : ["tests/integration/**/*.pg.test.ts"],
    globalSetup: ["tests/setup/global-db.ts"],
    env: { TEST_ENGINE: engine },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  resolve: { alias },
  test: {
    environment: "node",
    // next-auth imports "next/server" without an extension; inlined, Vite resolves it (HTTP-level tests
    // of the Auth.js route handlers).
    server: { deps: { inline: ["next-auth"] } },
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], testTimeout: 60_000 } },
      integration("integration-pglite", "pglite"),
      // The same suite on real PostgreSQL when TEST_DATABASE_URL is set (CI sets it).
      ...(process.env.TEST_DATABASE_URL ? [integration("integration-postgres", "postgres")] : []),
    ],
  },
});
