import type { Db } from "@/db/client";
import { ensurePeriodicJobs, makePeriodicDue, runDueJobs, defaultWorkerId, type RunnerConfig, type TickResult } from "./runner";
import { runnerConfig } from "./registry";

/** One tick of the in-process runner: make sure the periodic rows exist, then work off what is due. */
export async function tick(db: Db, config: RunnerConfig = runnerConfig()): Promise<TickResult> {
  await ensurePeriodicJobs(db, config.periodic);
  return runDueJobs(db, config);
}

/**
 * `npm run jobs:run-once` (cron, CI, the e2e runner): runs every periodic task now and drains the
 * queue of due jobs, then returns. Safe next to running servers: the tasks are idempotent.
 */
export async function runOnce(db: Db, config: RunnerConfig = runnerConfig()): Promise<TickResult> {
  const workerId = defaultWorkerId();
  await ensurePeriodicJobs(db, config.periodic);
  await makePeriodicDue(db, config.periodic);
  const total: TickResult = { ran: 0, failed: 0, kinds: [] };
  // Periodic tasks queue emails as they run; loop until nothing is due (bounded, in case a job keeps failing fast).
  for (let i = 0; i < 50; i++) {
    const r = await runDueJobs(db, { ...config, workerId, batchSize: 50 });
    total.ran += r.ran;
    total.failed += r.failed;
    total.kinds.push(...r.kinds);
    if (r.ran + r.failed === 0) break;
  }
  return total;
}
