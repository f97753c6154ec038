// Next.js calls register() once per server process. The background job runner lives here so that
// offers lapse, reminders go out and emails are delivered without a separate worker (issue #6);
// `npm run jobs:run-once` does the same work from cron or CI.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // The socket address for the per-address sign-in limit (issue 12 defect 4), before any job work.
  const { installPeerAddressHeader } = await import("./lib/http/peer-address");
  installPeerAddressHeader();
  // Fail at start, not at the first email: production needs its public origin (lib/http/app-url.ts).
  const { appUrl } = await import("./lib/http/app-url");
  appUrl();
  if (process.env.JOBS_DISABLED === "1") return;
  const { startJobRunner } = await import("./lib/jobs/start");
  startJobRunner();
}
