import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Handle } from "./client";
import { loadReferenceData } from "./reference/load";

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

/** Applies the migration set, then (re)loads the reference tables. Same code for both engines. */
export async function migrate(handle: Handle, opts: { reference?: boolean } = {}): Promise<void> {
  if (handle.engine === "pglite") {
    const { migrate: run } = await import("drizzle-orm/pglite/migrator");
    await run(handle.db as never, { migrationsFolder });
  } else {
    const { migrate: run } = await import("drizzle-orm/postgres-js/migrator");
    await run(handle.db as never, { migrationsFolder });
  }
  if (opts.reference !== false) await loadReferenceData(handle.db);
}
