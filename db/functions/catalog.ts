// The hand-written SQL functions and triggers as the database holds them after every migration, read
// back with pg_get_functiondef / pg_get_triggerdef. db/functions/*.sql keep the current text of each
// one, so nobody has to know which migration touched a function last; tests/integration/
// db-functions.test.ts holds the files to a migrated database, and `npm run db:functions` writes a new
// migration from files that were edited (docs/decisions/014-sql-function-sources.md).
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { rowsOf } from "../rows";

export const TRIGGERS_FILE = "triggers.sql";

/** Every function of the public schema that no extension owns: name → CREATE OR REPLACE text. */
export async function readFunctionDefs(db: DbOrTx): Promise<Map<string, string>> {
  const rows = rowsOf<{ name: string; def: string }>(
    await db.execute(sql`
      SELECT p.proname AS name, pg_get_functiondef(p.oid) AS def
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public' AND p.prokind IN ('f', 'p')
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
      ORDER BY p.proname, pg_get_function_identity_arguments(p.oid)`),
  );
  const out = new Map<string, string>();
  // Overloads share a file, one definition after another.
  for (const r of rows) out.set(r.name, out.has(r.name) ? `${out.get(r.name)};\n\n${normalise(r.def)}` : normalise(r.def));
  for (const [name, def] of out) out.set(name, `${def};\n`);
  return out;
}

/** Every user trigger in the public schema, one CREATE TRIGGER statement a line, in a stable order. */
export async function readTriggerDefs(db: DbOrTx): Promise<string> {
  const rows = rowsOf<{ def: string }>(
    await db.execute(sql`
      SELECT pg_get_triggerdef(t.oid) AS def
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND NOT t.tgisinternal
      ORDER BY c.relname, t.tgname`),
  );
  return rows.map((r) => `${r.def};\n`).join("");
}

/** pg_get_functiondef's trailing newline and spaces differ between versions; nothing else does. */
function normalise(def: string): string {
  return def.replace(/[ \t]+$/gm, "").trimEnd();
}
