import { getDb } from "@/db/client";
import { tick } from "./run";
import { jobsIntervalMs } from "./registry";

const state = globalThis as unknown as { __skillflowJobs?: { timer: NodeJS.Timeout } };

/**
 * Runs the job queue inside the Next.js server process (instrumentation.ts). Every instance may run
 * it: claims use SKIP LOCKED and the tasks are idempotent (DESIGN "Scale": no sticky instance).
 * Ticks never overlap within a process; a failed tick is logged and the next one tries again.
 */
export function startJobRunner(intervalMs = jobsIntervalMs()): void {
  if (state.__skillflowJobs) return; // dev-server module reloads call register() again
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const result = await tick(await getDb());
      if (result.failed) console.warn(`[jobs] tick: ${result.ran} ran, ${result.failed} failed`);
    } catch (e) {
      console.error("[jobs] tick failed:", e instanceof Error ? e.message : e);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  state.__skillflowJobs = { timer };
  // First run shortly after start-up, once the server is serving (migrations run before start).
  setTimeout(run, Math.min(intervalMs, 5_000)).unref();
  console.log(`[jobs] runner started, every ${intervalMs} ms`);
}
