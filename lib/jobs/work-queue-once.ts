import "server-only";
import { getDb } from "@/db/client";
import { runnerConfig } from "./registry";
import { runDueJobs } from "./runner";

/**
 * Works the job queue once from this instance, for an action that has just queued work a person is
 * waiting for (a matching round) and runs this after its response is sent, instead of waiting for the
 * runner's next tick. SKIP LOCKED: if another instance claimed the job first, this does nothing. A
 * failure is logged, never thrown: the runner's own tick picks the job up again.
 */
export async function workQueueOnce(label: string): Promise<void> {
  try {
    await runDueJobs(await getDb(), runnerConfig());
  } catch (e) {
    console.error(`[${label}] queue kick failed:`, e instanceof Error ? e.message : e);
  }
}
