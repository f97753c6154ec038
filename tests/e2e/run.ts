// `npm run test:e2e`: a production build against a fresh database seeded with the demo programme,
// in Debian's Chromium. PGlite by default; PostgreSQL with E2E_DATABASE_URL (a fresh database is
// created beside the one named and dropped afterwards).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { openPglite, openPostgres } from "@/db/client";
import { migrate } from "@/db/migrate";
import { seedDemo } from "@/db/seed/demo";

const root = process.cwd();
const port = process.env.E2E_PORT ?? "3300";
const engine = process.env.E2E_DATABASE_URL ? "postgres" : "pglite";
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url"),
  AUTH_TRUST_HOST: "true",
  SKILLFLOW_DEMO: "1",
  STORAGE_DIR: path.join(root, ".data", `e2e-storage-${process.pid}`),
};
delete env.DATABASE_URL;
// Absolute links (calendar feed, emails) must name the server under test, not localhost:3000.
env.APP_URL = `http://127.0.0.1:${port}`;

let cleanupDb: () => Promise<void>;
if (engine === "postgres") {
  const base = process.env.E2E_DATABASE_URL!;
  const name = `sf_e2e_${process.pid}`;
  const admin = await openPostgres(base, 1);
  await admin.db.execute(`DROP DATABASE IF EXISTS ${name}` as never);
  await admin.db.execute(`CREATE DATABASE ${name}` as never);
  const u = new URL(base);
  u.pathname = "/" + name;
  env.DATABASE_URL = u.toString();
  const handle = await openPostgres(env.DATABASE_URL, 2);
  await migrate(handle);
  await seedDemo(handle.db);
  await handle.close();
  cleanupDb = async () => {
    await admin.db.execute(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)` as never).catch(() => {});
    await admin.close();
  };
} else {
  const dir = path.join(root, ".data", `e2e-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  env.PGLITE_DATA_DIR = dir;
  const handle = await openPglite(dir);
  await migrate(handle);
  await seedDemo(handle.db);
  await handle.close(); // one process per PGlite folder: the server opens it next
  cleanupDb = async () => rmSync(dir, { recursive: true, force: true });
}

const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
if (!existsSync(path.join(root, distDir, "BUILD_ID"))) {
  await new Promise<void>((resolve, reject) => {
    const b = spawn(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
    b.on("exit", (c) => (c === 0 ? resolve() : reject(new Error("build failed"))));
  });
}

// The production server (scripts/server.ts), as `npm start` runs it; request logs only at warn and above.
const tsxCli = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
const server: ChildProcess = spawn(process.execPath, [tsxCli, path.join(root, "scripts", "server.ts"), port, "127.0.0.1"], {
  stdio: ["ignore", "inherit", "inherit"],
  env: { LOG_LEVEL: "warn", ...env },
});
const baseURL = `http://127.0.0.1:${port}`;
let code: number;
try {
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      const res = await fetch(baseURL + "/");
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error("server did not start");
    await new Promise((r) => setTimeout(r, 500));
  }
  const report = process.env.E2E_JSON_REPORT ?? path.join(root, "reports", `e2e-${engine}.json`);
  mkdirSync(path.dirname(report), { recursive: true });
  code = await new Promise<number>((resolve) => {
    const pw = spawn(
      process.execPath,
      [path.join(root, "node_modules", "@playwright", "test", "cli.js"), "test", "-c", "tests/e2e/playwright.config.ts", ...process.argv.slice(2)],
      { stdio: "inherit", env: { ...env, E2E_BASE_URL: baseURL, E2E_JSON_REPORT: report, E2E_ENGINE: engine } },
    );
    pw.on("exit", (c) => resolve(c ?? 1));
  });
} finally {
  server.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 1000));
  await cleanupDb();
  rmSync(env.STORAGE_DIR!, { recursive: true, force: true });
}
process.exit(code);
