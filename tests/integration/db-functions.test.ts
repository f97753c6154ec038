// db/functions/*.sql hold the current text of every hand-written SQL function and trigger; the
// migrations are what databases actually run. This holds the two together on both engines: editing a
// file without `npm run db:functions` (which writes the migration), or a migration without updating
// the file (`npm run db:functions -- --dump`), fails here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { readFunctionDefs, readTriggerDefs, TRIGGERS_FILE } from "@/db/functions/catalog";
import { useTestDb } from "../fixtures/db";

useTestDb();

const dir = path.join(process.cwd(), "db", "functions");
const files = readdirSync(dir).filter((f) => f.endsWith(".sql") && f !== TRIGGERS_FILE);

describe("db/functions is the source of every SQL function", () => {
  it("has one file for each function in the migrated database, and no file for a function that is gone", async () => {
    const defs = await readFunctionDefs(await getDb());
    expect(files.map((f) => f.replace(/\.sql$/, "")).sort()).toEqual([...defs.keys()].sort());
    expect(defs.size).toBeGreaterThan(10);
  });

  it.each(files)("%s equals pg_get_functiondef after every migration", async (file) => {
    const defs = await readFunctionDefs(await getDb());
    expect(defs.get(file.replace(/\.sql$/, ""))).toBe(readFileSync(path.join(dir, file), "utf8"));
  });

  it("triggers.sql equals pg_get_triggerdef for every trigger", async () => {
    expect(await readTriggerDefs(await getDb())).toBe(readFileSync(path.join(dir, TRIGGERS_FILE), "utf8"));
  });
});
