import { getDb } from "@/db/client";
import { tick } from "./run";
import { jobsIntervalMs, runnerConfig } from "./registry";
import { defaultWorkerId } from "./runner";

/** The in-process runner's state, on globalThis: the readiness check and the shutdown handler read it. */
export type JobRunnerState = {
  timer: NodeJS.Timeout;
  intervalMs: number;
  startedAt: number;
  /** End of the last tick that reached the database (the heartbeat /api/health/ready checks). */
  lastTickAt: number | null;
  running: Promise<void> | null;
  stopping: boolean;
  /** Stops ticking, lets the running job finish (up to `graceMs`) and hands unstarted claims back. */
  stop: (graceMs?: number) => Promise<void>;
};

const state = globalThis as unknown as { __skillflowJobs?: JobRunnerState };

export function jobRunnerState(): JobRunnerState | undefined {
  return state.__skillflowJobs;
}

/**
 * Runs the job queue inside the Next.js server process (instrumentation.ts). Every instance may run
 * it: claims use SKIP LOCKED and the tasks are idempotent (DESIGN "Scale": no sticky instance).
 * Ticks never overlap within a process; a failed tick is logged and the next one tries again.
 */
export function startJobRunner(intervalMs = jobsIntervalMs()): void {
  if (state.__skillflowJobs) return; // dev-server module reloads call register() again
  const workerId = defaultWorkerId();
  const config = { ...runnerConfig(intervalMs), workerId, shouldStop: () => runner.stopping };
  const run = () => {
    if (runner.running || runner.stopping) return;
    runner.running = (async () => {
      try {
        const result = await tick(await getDb(), config);
        runner.lastTickAt = Date.now();
        if (result.failed) console.warn(`[jobs] tick: ${result.ran} ran, ${result.failed} failed`);
      } catch (e) {
        console.error("[jobs] tick failed:", e instanceof Error ? e.message : e);
      } finally {
        runner.running = null;
      }
    })();
  };
  const runner: JobRunnerState = {
    timer: setInterval(run, intervalMs),
    intervalMs,
    startedAt: Date.now(),
    lastTickAt: null,
    running: null,
    stopping: false,
    async stop(graceMs = 10_000) {
      runner.stopping = true;
      clearInterval(runner.timer);
      if (runner.running) await Promise.race([runner.running, new Promise((r) => setTimeout(r, graceMs).unref())]);
    },
  };
  runner.timer.unref();
  state.__skillflowJobs = runner;
  // First run shortly after start-up, once the server is serving (migrations run before start).
  setTimeout(run, Math.min(intervalMs, 5_000)).unref();
  console.log(`[jobs] runner started, every ${intervalMs} ms`);
}
