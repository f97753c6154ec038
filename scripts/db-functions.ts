// `npm run db:functions [-- --name why]`: compares db/functions/*.sql with a freshly migrated
// database. Files that differ (edited by hand) go into one new custom migration, functions in name
// order and then triggers (plpgsql bodies are not resolved when created, so order rarely matters; a
// new SQL-language function calling another new one may need reordering by hand); with `--dump`, the files are
// rewritten from the database instead (after a migration was written by hand). The test
// tests/integration/db-functions.test.ts fails while files and migrations disagree.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openPglite } from "@/db/client";
import { migrate, migrationsFolder } from "@/db/migrate";
import { readFunctionDefs, readTriggerDefs, TRIGGERS_FILE } from "@/db/functions/catalog";

const dir = path.join(process.cwd(), "db", "functions");
const args = process.argv.slice(2);
const name = args.includes("--name") ? args[args.indexOf("--name") + 1] : "functions";

const handle = await openPglite("memory://");
await migrate(handle, { reference: false });
const functions = await readFunctionDefs(handle.db);
const triggers = await readTriggerDefs(handle.db);
await handle.close();

if (args.includes("--dump")) {
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".sql")))
    if (!functions.has(f.replace(/\.sql$/, "")) && f !== TRIGGERS_FILE) console.warn(`stale file (no such function): ${f}`);
  for (const [fn, def] of functions) writeFileSync(path.join(dir, `${fn}.sql`), def);
  writeFileSync(path.join(dir, TRIGGERS_FILE), triggers);
  console.log(`wrote ${functions.size} functions and the triggers to db/functions/`);
  process.exit(0);
}

const changed: string[] = [];
for (const f of readdirSync(dir)
  .filter((f) => f.endsWith(".sql") && f !== TRIGGERS_FILE)
  .sort()) {
  const text = readFileSync(path.join(dir, f), "utf8");
  if (functions.get(f.replace(/\.sql$/, "")) !== text) changed.push(text.trimEnd().replace(/;$/, ""));
}
const triggerText = readFileSync(path.join(dir, TRIGGERS_FILE), "utf8");
if (triggerText !== triggers) {
  // Triggers have no CREATE OR REPLACE before PostgreSQL 14's; drop and re-create those that differ.
  const current = new Set(triggers.split("\n").filter(Boolean));
  for (const line of triggerText.split("\n").filter(Boolean)) {
    if (current.has(line)) continue;
    const m = /^CREATE (?:CONSTRAINT )?TRIGGER (\S+) .* ON (\S+) /.exec(line);
    if (!m) throw new Error(`cannot read trigger: ${line}`);
    changed.push(`DROP TRIGGER IF EXISTS ${m[1]} ON ${m[2]};\n${line.replace(/;$/, "")}`);
  }
}
if (!changed.length) {
  console.log("db/functions matches the migrations: nothing to write");
  process.exit(0);
}
const before = new Set(readdirSync(migrationsFolder));
execFileSync(process.execPath, ["node_modules/drizzle-kit/bin.cjs", "generate", "--custom", "--name", name], { stdio: "inherit" });
const created = readdirSync(migrationsFolder).find((f) => f.endsWith(".sql") && !before.has(f));
if (!created) throw new Error("drizzle-kit wrote no migration");
writeFileSync(
  path.join(migrationsFolder, created),
  `-- Written by npm run db:functions from db/functions/*.sql.\n${changed.join(";\n--> statement-breakpoint\n")};\n`,
);
console.log(`wrote db/migrations/${created} with ${changed.length} definition(s)`);
