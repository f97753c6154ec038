// No "server-only" marker: the job runner and the benchmarks import the shortlist queries.
import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";

type PostgresJsClient = { unsafe: (text: string, params: unknown[], options: { prepare: boolean }) => Promise<unknown> };

const dialect = new PgDialect();

/**
 * Runs a hot query as a named prepared statement when the handle is postgres.js: the driver keeps
 * one statement per distinct text and connection, so PostgreSQL parses and analyses it once and
 * later executions only plan and run (the shortlist saves ~0.4 ms of ~2–5 ms, docs/decisions/007).
 * drizzle runs raw SQL unnamed and has no public switch for it, so this reads the session's client
 * (duck-typed: PGlite has no `unsafe` and runs the query as usual). Statement texts must stay few:
 * callers interpolate only constants and list lengths, never values. Not for PgBouncer in
 * transaction mode, which cannot keep named statements (we connect directly).
 */
export async function executePrepared(db: DbOrTx, query: SQL): Promise<unknown> {
  const client = (db as unknown as { session?: { client?: Partial<PostgresJsClient> } }).session?.client;
  if (typeof client?.unsafe !== "function") return db.execute(query);
  const { sql: text, params } = dialect.sqlToQuery(query);
  return (client as PostgresJsClient).unsafe(text, params, { prepare: true });
}
