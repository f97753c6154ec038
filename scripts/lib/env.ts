// Shared by the command-line scripts: environment defaults for running locally.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";

/** AUTH_SECRET is always required; locally we make one once and keep it beside the data. */
export function ensureAuthSecret(): void {
  if (process.env.AUTH_SECRET) return;
  const file = path.join(process.cwd(), ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

export function describeDatabase(): string {
  return process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite at ${process.env.PGLITE_DATA_DIR ?? ".data/pglite"}`;
}
