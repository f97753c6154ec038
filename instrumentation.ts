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

/**
 * One JSON log line per server error (issue 16) with the request id the HTTP server gave the request
 * and the digest the error page shows the reader to quote, so a report finds its log line.
 */
export async function onRequestError(
  error: unknown,
  request: Readonly<{ path: string; method: string; headers: NodeJS.Dict<string | string[]> }>,
  context: Readonly<{ routePath: string; routeType: string }>,
): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("./lib/ops/logger");
  const { routeForLog } = await import("./lib/ops/request-context");
  const e = error as { message?: string; digest?: string; stack?: string };
  logger.error(
    {
      reqId: request.headers["x-request-id"],
      digest: e.digest,
      method: request.method,
      route: routeForLog(request.path.split("?")[0]),
      routePath: context.routePath,
      routeType: context.routeType,
      err: e.message,
      stack: e.stack,
    },
    "request failed",
  );
}
