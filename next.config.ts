import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres", "highs", "pino"],
  // Parallel local builds (one per developer checkout or test run) can use their own folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  experimental: {
    serverActions: { bodySizeLimit: "11mb" }, // documents up to 10 MB (issue 3)
  },
  typescript: { ignoreBuildErrors: false },
};

export default withNextIntl(nextConfig);
