// What /api/health/ready reports (issue 16): the database answers, its migrations are the ones this
// build ships (an instance of a newer build must not serve against an older schema, nor the reverse),
// and the job runner in this process is ticking. Booleans and timings only: no error text, no hosts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { migrationsFolder } from "@/db/migrate";
import { rowsOf } from "@/db/rows";

export type Check = { ok: boolean; [detail: string]: string | number | boolean | null };
export type Readiness = { ok: boolean; checks: { database: Check; migrations: Check; jobs: Check } };

export type RunnerHeartbeat = { disabled: true } | { disabled: false; intervalMs: number; startedAt: number; lastTickAt: number | null };

/** The newest migration this build ships (drizzle's journal `when`, stored as created_at when applied). */
export function shippedMigrationHead(folder = migrationsFolder): { count: number; when: number } {
  const journal = JSON.parse(readFileSync(path.join(folder, "meta", "_journal.json"), "utf8")) as { entries: { when: number }[] };
  return { count: journal.entries.length, when: Math.max(...journal.entries.map((e) => e.when)) };
}

/** A runner is healthy when its last tick ended within three intervals (or it started less than that ago). */
export function jobsCheck(hb: RunnerHeartbeat | undefined, now = Date.now()): Check {
  if (!hb) return { ok: false, running: false };
  if (hb.disabled) return { ok: true, disabled: true };
  const since = hb.lastTickAt ?? hb.startedAt;
  const ageMs = now - since;
  return { ok: ageMs <= 3 * hb.intervalMs, lastTickAgoMs: hb.lastTickAt === null ? null : now - hb.lastTickAt };
}

export async function checkReadiness(
  db: DbOrTx,
  opts: { heartbeat: RunnerHeartbeat | undefined; head?: { count: number; when: number }; timeoutMs?: number },
): Promise<Readiness> {
  const head = opts.head ?? shippedMigrationHead();
  const started = performance.now();
  let database: Check;
  let migrations: Check;
  try {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), opts.timeoutMs ?? 2_000).unref());
    const rows = await Promise.race([
      db
        .execute(sql`SELECT count(*)::int AS n, coalesce(max(created_at), 0)::bigint AS last FROM drizzle.__drizzle_migrations`)
        .then((r) => rowsOf<{ n: number; last: string | number }>(r)),
      timeout,
    ]);
    database = { ok: true, ms: Math.round((performance.now() - started) * 10) / 10 };
    const applied = Number(rows[0].n);
    const last = Number(rows[0].last);
    migrations = { ok: applied === head.count && last === head.when, applied, expected: head.count };
  } catch {
    database = { ok: false, ms: Math.round(performance.now() - started) };
    migrations = { ok: false, applied: null, expected: head.count };
  }
  const jobs = jobsCheck(opts.heartbeat);
  return { ok: database.ok && migrations.ok && jobs.ok, checks: { database, migrations, jobs } };
}
