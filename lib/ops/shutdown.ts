// Graceful shutdown on SIGTERM (issue 16): stop taking requests, let those in flight finish (up to a
// grace period), stop the job runner (its running job finishes, unstarted claims go back to the
// queue: lib/jobs/start.ts), close the database pool, exit. A second signal exits at once.
import type { Server } from "node:http";

export type ShutdownSteps = {
  server: Server;
  /** Called first: new requests on kept-alive connections are refused with 503 from now on. */
  onDraining?: () => void;
  stopJobs: (graceMs: number) => Promise<void>;
  closeDb: () => Promise<void>;
  graceMs?: number;
  log?: (msg: string, extra?: Record<string, unknown>) => void;
};

export function gracefulShutdown(steps: ShutdownSteps): () => Promise<void> {
  const graceMs = steps.graceMs ?? 15_000;
  const log = steps.log ?? (() => {});
  let done: Promise<void> | null = null;
  return () => {
    done ??= (async () => {
      const started = Date.now();
      log("shutdown: draining");
      steps.onDraining?.();
      const closed = new Promise<void>((resolve) => steps.server.close(() => resolve()));
      steps.server.closeIdleConnections();
      const timer = setTimeout(() => steps.server.closeAllConnections(), graceMs);
      timer.unref();
      await closed;
      clearTimeout(timer);
      log("shutdown: requests finished", { ms: Date.now() - started });
      await steps.stopJobs(Math.max(1_000, graceMs - (Date.now() - started)));
      log("shutdown: job runner stopped");
      await steps.closeDb();
      log("shutdown: database pool closed", { ms: Date.now() - started });
    })();
    return done;
  };
}
