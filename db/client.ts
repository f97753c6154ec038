// The one database handle. DATABASE_URL → PostgreSQL through postgres.js; unset → embedded PGlite
// persisted under ./.data (PGLITE_DATA_DIR overrides; "memory://" keeps it in memory).
// Both engines run the same drizzle schema and migrations (docs/decisions/001-database-engines.md).
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A transaction handle has the same query surface as the database. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

type Handle = {
  db: Db;
  engine: "postgres" | "pglite";
  close: () => Promise<void>;
  /** The PGlite instance itself (tests dump and load data dirs with it). */
  raw?: import("@electric-sql/pglite").PGlite;
};

const globalForDb = globalThis as unknown as { __skillflowDb?: Promise<Handle> };

export function pgliteDataDir(): string {
  return process.env.PGLITE_DATA_DIR ?? path.join(process.cwd(), ".data", "pglite");
}

export async function openPglite(dataDir: string, opts: { loadDataDir?: Blob } = {}): Promise<Handle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { btree_gist } = await import("@electric-sql/pglite/contrib/btree_gist");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { drizzle } = await import("drizzle-orm/pglite");
  if (!dataDir.startsWith("memory://")) mkdirSync(path.dirname(dataDir), { recursive: true });
  const client = new PGlite({ dataDir, extensions: { btree_gist, pg_trgm }, loadDataDir: opts.loadDataDir });
  await client.waitReady;
  const db = drizzle(client, { schema }) as unknown as Db;
  return { db, engine: "pglite", close: () => client.close(), raw: client };
}

export async function openPostgres(url: string, max?: number, opts: { statementTimeoutMs?: number } = {}): Promise<Handle> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { connectionSettings } = await import("./connection-settings");
  const { withReadRetry } = await import("./retrying-client");
  // Pool size, connect and statement timeouts are settings (DB_* env, db/connection-settings.ts).
  const s = { ...connectionSettings(), ...opts };
  const client = postgres(url, {
    max: max ?? s.poolSize,
    connect_timeout: s.connectTimeoutS,
    idle_timeout: s.idleTimeoutS || undefined,
    connection: s.statementTimeoutMs ? { statement_timeout: s.statementTimeoutMs } : {},
    onnotice: () => {},
  });
  const db = drizzle(withReadRetry(client), { schema }) as unknown as Db;
  return { db, engine: "postgres", close: () => client.end({ timeout: 5 }) };
}

function openDefault(): Promise<Handle> {
  const url = process.env.DATABASE_URL;
  return url ? openPostgres(url) : openPglite(pgliteDataDir());
}

/**
 * For migrations and seeds run by scripts: the configured database without the per-statement limit
 * that protects requests (DB_STATEMENT_TIMEOUT_MS), since a migration or a full rescore on a large
 * programme may rightly run for minutes.
 */
export function openMaintenanceHandle(): Promise<Handle> {
  const url = process.env.DATABASE_URL;
  // PGlite has no statement limit, and one process may open its folder only once: share the handle.
  return url ? openPostgres(url, 2, { statementTimeoutMs: 0 }) : getHandle();
}

/** Lazily opened, one per process (survives dev-server module reloads). */
export function getHandle(): Promise<Handle> {
  globalForDb.__skillflowDb ??= openDefault();
  return globalForDb.__skillflowDb;
}

export async function getDb(): Promise<Db> {
  return (await getHandle()).db;
}

/** Tests and scripts install their own handle (an in-memory PGlite, a per-test PostgreSQL database). */
export function setHandle(handle: Handle): void {
  globalForDb.__skillflowDb = Promise.resolve(handle);
}

export type { Handle };
