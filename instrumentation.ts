// Next.js calls register() once per server process. The background job runner lives here so that
// offers lapse, reminders go out and emails are delivered without a separate worker (issue #6);
// `npm run jobs:run-once` does the same work from cron or CI.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Fail at start, not at the first email: production needs its public origin (lib/http/app-url.ts).
  const { appUrl } = await import("./lib/http/app-url");
  appUrl();
  if (process.env.JOBS_DISABLED === "1") return;
  const { startJobRunner } = await import("./lib/jobs/start");
  startJobRunner();
}
