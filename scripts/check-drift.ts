// Schema drift: drizzle-kit generate must find nothing to write. Runs it into a scratch copy of the
// migrations folder so a drift never leaves a stray file behind.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";

// drizzle-kit takes --out relative to the working directory.
mkdirSync(".data", { recursive: true });
const scratch = path.relative(process.cwd(), mkdtempSync(path.join(".data", "drift-")));
cpSync("db/migrations", scratch, { recursive: true });
const before = readdirSync(scratch).length;
const out = execFileSync(
  process.execPath,
  ["node_modules/drizzle-kit/bin.cjs", "generate", "--dialect", "postgresql", "--schema", "./db/schema/index.ts", "--out", scratch, "--name", "drift"],
  { encoding: "utf8" },
);
const after = readdirSync(scratch).length;
rmSync(scratch, { recursive: true, force: true });
if (after !== before || !/No schema changes/i.test(out)) {
  console.error(out);
  console.error("Schema drift: db/schema differs from db/migrations. Run `npm run db:generate`.");
  process.exit(1);
}
console.log("no schema drift");
