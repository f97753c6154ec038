import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { rowsOf } from "@/db/rows";

export type ClaimedJob = {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
  uniqueKey: string | null;
};

export type JobContext = { db: DbOrTx; now: Date; job: ClaimedJob };
export type JobHandler = (payload: Record<string, unknown>, ctx: JobContext) => Promise<void>;

/** A task that runs once per interval across every app instance. */
export type PeriodicTask = { kind: string; everyMs: number; run: (ctx: JobContext) => Promise<void> };

export type RunnerConfig = {
  handlers: Record<string, JobHandler>;
  periodic: PeriodicTask[];
  /** How long a claimed job is ours before another instance may take it over (crash recovery). */
  leaseMs?: number;
  /** How often a running job's lease is renewed (default: a third of the lease). */
  heartbeatMs?: number;
  batchSize?: number;
  workerId?: string;
  /** Asked before each job of a batch: true while the process shuts down (issue 16). */
  shouldStop?: () => boolean;
};

export type TickResult = { ran: number; failed: number; kinds: string[] };

export const periodicKey = (kind: string) => `periodic:${kind}`;
export const defaultWorkerId = () => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** Creates the singleton row of each periodic task (a no-op when it already exists). */
export async function ensurePeriodicJobs(db: DbOrTx, tasks: PeriodicTask[]): Promise<void> {
  for (const task of tasks) {
    await db.execute(sql`
      INSERT INTO jobs (kind, unique_key, max_attempts) VALUES (${task.kind}, ${periodicKey(task.kind)}, 2147483647)
      ON CONFLICT (unique_key) DO NOTHING`);
  }
}

/**
 * Claims up to `limit` due jobs. FOR UPDATE SKIP LOCKED lets instances claim side by side without
 * waiting on each other; the lease (locked_until) is committed with the claim, so a job is handed to
 * one worker at a time and comes back by itself if that worker dies.
 */
export async function claimJobs(db: DbOrTx, workerId: string, limit: number, leaseMs: number): Promise<ClaimedJob[]> {
  const rows = rowsOf<{
    id: string;
    kind: string;
    payload: Record<string, unknown>;
    attempts: number;
    max_attempts: number;
    unique_key: string | null;
    run_at: string | Date;
  }>(
    await db.execute(sql`
      UPDATE jobs SET locked_until = now() + (${leaseMs}::int * interval '1 millisecond'),
                      locked_by = ${workerId}, attempts = attempts + 1
      WHERE id IN (
        SELECT id FROM jobs
        WHERE status = 'pending' AND run_at <= now() AND (locked_until IS NULL OR locked_until < now())
        ORDER BY run_at
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING id, kind, payload, attempts, max_attempts, unique_key, run_at`),
  );
  // RETURNING follows no order: run the batch oldest first, as claimed.
  const due = (r: (typeof rows)[number]) => new Date(r.run_at).getTime();
  return rows
    .sort((a, b) => due(a) - due(b))
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      payload: (typeof r.payload === "string" ? JSON.parse(r.payload) : r.payload) ?? {},
      attempts: Number(r.attempts),
      maxAttempts: Number(r.max_attempts),
      uniqueKey: r.unique_key,
    }));
}

/** Exponential back-off for retries: 30 s, 1 min, 2 min, … capped at 1 h. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

async function finish(
  db: DbOrTx,
  job: ClaimedJob,
  workerId: string,
  outcome: { ok: true; periodicEveryMs?: number } | { ok: false; error: string; periodicEveryMs?: number },
) {
  // Only the lease holder may settle the job: a worker whose lease ran out must not overwrite the
  // outcome of the instance that took over.
  const mine = sql`id = ${job.id} AND locked_by = ${workerId}`;
  if (outcome.periodicEveryMs !== undefined) {
    const delay = outcome.ok ? outcome.periodicEveryMs : Math.min(outcome.periodicEveryMs, backoffMs(job.attempts));
    await db.execute(sql`
      UPDATE jobs SET run_at = now() + (${delay}::int * interval '1 millisecond'), locked_until = NULL, locked_by = NULL,
        attempts = 0, last_error = ${outcome.ok ? null : outcome.error}, finished_at = now()
      WHERE ${mine}`);
    return;
  }
  if (outcome.ok) {
    await db.execute(sql`UPDATE jobs SET status = 'done', locked_until = NULL, finished_at = now(), last_error = NULL WHERE ${mine}`);
  } else if (job.attempts >= job.maxAttempts) {
    await db.execute(sql`UPDATE jobs SET status = 'failed', locked_until = NULL, finished_at = now(), last_error = ${outcome.error} WHERE ${mine}`);
  } else {
    await db.execute(sql`
      UPDATE jobs SET run_at = now() + (${backoffMs(job.attempts)}::int * interval '1 millisecond'),
        locked_until = NULL, locked_by = NULL, last_error = ${outcome.error}
      WHERE ${mine}`);
  }
}

/**
 * Renews a running job's lease every `everyMs`, so a job that outlasts one lease (a national matching
 * round, a slow SMTP batch) is not handed to a second instance while it still runs. A worker that
 * dies or stalls stops renewing and the job comes back after one lease, as before. The renewal only
 * touches a job still pending and ours; failures are ignored (the next beat or the lease decides).
 */
function keepLease(db: DbOrTx, job: ClaimedJob, workerId: string, leaseMs: number, everyMs: number): () => void {
  const timer = setInterval(() => void renewLease(db, job, workerId, leaseMs).catch(() => undefined), everyMs);
  timer.unref?.();
  return () => clearInterval(timer);
}

/** A fresh lease when the job is still ours; false when another instance took it over meanwhile. */
async function renewLease(db: DbOrTx, job: ClaimedJob, workerId: string, leaseMs: number): Promise<boolean> {
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`
    UPDATE jobs SET locked_until = now() + (${leaseMs}::int * interval '1 millisecond')
    WHERE id = ${job.id} AND locked_by = ${workerId} AND status = 'pending'
    RETURNING id`),
  );
  return rows.length > 0;
}

/**
 * Hands a claimed job that has not started back to the queue (graceful shutdown): as if never
 * claimed, so another instance takes it at once instead of after the lease.
 */
export async function releaseLease(db: DbOrTx, job: ClaimedJob, workerId: string): Promise<void> {
  await db.execute(sql`
    UPDATE jobs SET locked_until = NULL, locked_by = NULL, attempts = greatest(attempts - 1, 0)
    WHERE id = ${job.id} AND locked_by = ${workerId} AND status = 'pending'`);
}

/** One pass: claim what is due, run it, settle each job. Handlers must be idempotent (at-least-once). */
export async function runDueJobs(db: DbOrTx, config: RunnerConfig): Promise<TickResult> {
  const workerId = config.workerId ?? defaultWorkerId();
  const leaseMs = config.leaseMs ?? 5 * 60_000;
  const periodic = new Map(config.periodic.map((t) => [t.kind, t]));
  const claimed = await claimJobs(db, workerId, config.batchSize ?? 20, leaseMs);
  const result: TickResult = { ran: 0, failed: 0, kinds: [] };
  for (const job of claimed) {
    if (config.shouldStop?.()) {
      await releaseLease(db, job, workerId);
      continue;
    }
    const task = job.uniqueKey === periodicKey(job.kind) ? periodic.get(job.kind) : undefined;
    const handler = config.handlers[job.kind];
    // Jobs later in the batch waited for the earlier ones: one whose lease ran out meanwhile may
    // belong to another instance now, which then runs it instead of us.
    if (!(await renewLease(db, job, workerId, leaseMs))) continue;
    const ctx: JobContext = { db, now: new Date(), job };
    const stopRenewing = keepLease(db, job, workerId, leaseMs, config.heartbeatMs ?? Math.max(1, Math.floor(leaseMs / 3)));
    try {
      if (task) await task.run(ctx);
      else if (handler) await handler(job.payload, ctx);
      else throw new Error(`no handler for job kind "${job.kind}"`);
      await finish(db, job, workerId, { ok: true, periodicEveryMs: task?.everyMs });
      result.ran++;
      result.kinds.push(job.kind);
    } catch (e) {
      result.failed++;
      const error = e instanceof Error ? e.message : String(e);
      console.error(`[jobs] ${job.kind} ${job.id} failed (attempt ${job.attempts}): ${error}`);
      await finish(db, job, workerId, { ok: false, error: error.slice(0, 2000), periodicEveryMs: task?.everyMs });
    } finally {
      stopRenewing();
    }
  }
  return result;
}

/** Makes every periodic task due now (for `npm run jobs:run-once` from cron or CI). */
export async function makePeriodicDue(db: DbOrTx, tasks: PeriodicTask[]): Promise<void> {
  for (const task of tasks) {
    await db.execute(sql`UPDATE jobs SET run_at = now() WHERE unique_key = ${periodicKey(task.kind)} AND run_at > now()`);
  }
}
