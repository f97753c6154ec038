import type { Db } from "@/db/client";
import { EMAIL_DELIVER_JOB } from "@/lib/data/notifications/notify";
import { deliverEmail } from "@/lib/email/deliver-email";
import type { JobHandler, PeriodicTask, RunnerConfig } from "./runner";
import { expireLapsedOffers } from "./tasks/expire-offers";
import { remindLapsingOffers } from "./tasks/remind-lapsing-offers";
import { advancePlacements } from "./tasks/advance-placements";
import { remindMissingReports } from "./tasks/remind-missing-reports";
import { ROUND_JOB } from "@/lib/data/matching/round-job";
import { runRound } from "@/lib/data/matching/run-round";

export const DEFAULT_INTERVAL_MS = 60_000;

export function jobsIntervalMs(): number {
  const n = Number(process.env.JOBS_INTERVAL_MS);
  return Number.isFinite(n) && n >= 1000 ? n : DEFAULT_INTERVAL_MS;
}

const handlers: Record<string, JobHandler> = {
  [EMAIL_DELIVER_JOB]: async (payload, { db, job }) => {
    await deliverEmail(db, String(payload.emailId), { lastAttempt: job.attempts >= job.maxAttempts });
  },
  // issue 5: a coordinator's matching round, off the request path (lib/data/matching/run-round.ts)
  [ROUND_JOB]: async (payload, { db }) => {
    await runRound(db as Db, String(payload.roundId));
  },
};

/** The app's periodic tasks; each runs once per interval across every instance. */
export function periodicTasks(everyMs = jobsIntervalMs()): PeriodicTask[] {
  return [
    { kind: "placements.expire-offers", everyMs, run: ({ db, now }) => expireLapsedOffers(db as Db, now).then(() => {}) },
    { kind: "placements.remind-offers", everyMs, run: ({ db, now }) => remindLapsingOffers(db as Db, now).then(() => {}) },
    { kind: "placements.advance", everyMs, run: ({ db, now }) => advancePlacements(db as Db, now).then(() => {}) },
    { kind: "reports.remind", everyMs, run: ({ db, now }) => remindMissingReports(db as Db, now).then(() => {}) },
  ];
}

export function runnerConfig(everyMs = jobsIntervalMs()): RunnerConfig {
  return { handlers, periodic: periodicTasks(everyMs) };
}
