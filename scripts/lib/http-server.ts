// The production HTTP server (issue 16): Next.js's request handler behind a plain node:http server,
// which adds what `next start` does not — a request id on every request and response, one JSON log
// line per request (route, status, duration, pseudonymous actor), a 503 with Retry-After while the
// database is unreachable (instead of rendering each request into the same failure), and a graceful
// shutdown on SIGTERM.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import next from "next";
import { databaseDown, RETRY_AFTER_S } from "@/db/availability";
import { logger } from "@/lib/ops/logger";
import { requestContext, routeForLog, type RequestContext } from "@/lib/ops/request-context";
import { gracefulShutdown } from "@/lib/ops/shutdown";
import { unavailablePage } from "./unavailable-page";

const validRequestId = /^[A-Za-z0-9._:-]{8,80}$/;

function answerUnavailable(req: IncomingMessage, res: ServerResponse, draining: boolean): void {
  const api = (req.url ?? "").startsWith("/api/");
  res.statusCode = 503;
  res.setHeader("Retry-After", String(RETRY_AFTER_S));
  res.setHeader("Cache-Control", "no-store");
  if (draining) res.setHeader("Connection", "close");
  if (api) {
    res.setHeader("Content-Type", "application/json");
    res.end(JSON.stringify({ error: { code: "unavailable", message: "errors.unavailable" } }));
  } else {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(unavailablePage());
  }
}

export async function startHttpServer(opts: { port: number; hostname: string; dir?: string }): Promise<void> {
  const app = next({ dev: false, dir: opts.dir ?? process.cwd(), hostname: opts.hostname, port: opts.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  let draining = false;

  const server = createServer((req, res) => {
    const started = performance.now();
    const given = req.headers["x-request-id"];
    const requestId = typeof given === "string" && validRequestId.test(given) ? given : randomUUID();
    req.headers["x-request-id"] = requestId; // the app (and its error log) sees the same id
    res.setHeader("X-Request-Id", requestId);
    const path = (req.url ?? "/").split("?")[0];
    const ctx: RequestContext = { requestId };
    res.on("finish", () => {
      logger.info({ reqId: requestId, method: req.method, route: routeForLog(path), status: res.statusCode, ms: Math.round((performance.now() - started) * 10) / 10, actor: ctx.actor }, "request");
    });
    const health = path.startsWith("/api/health/");
    if (draining && !health) return answerUnavailable(req, res, true);
    if (databaseDown() && !health && !path.startsWith("/_next/static/")) return answerUnavailable(req, res, false);
    requestContext.run(ctx, () => {
      handle(req, res).catch((e: unknown) => {
        logger.error({ reqId: requestId, err: e instanceof Error ? e.message : String(e) }, "unhandled request error");
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    });
  });

  const shutdown = gracefulShutdown({
    server,
    onDraining: () => (draining = true),
    stopJobs: async (graceMs) => {
      const jobs = (globalThis as { __skillflowJobs?: { stop: (g: number) => Promise<void> } }).__skillflowJobs;
      await jobs?.stop(graceMs);
    },
    closeDb: async () => {
      const handle = (globalThis as { __skillflowDb?: Promise<{ close: () => Promise<void> }> }).__skillflowDb;
      if (handle) await (await handle).close();
    },
    graceMs: Number(process.env.SHUTDOWN_GRACE_MS ?? 15_000),
    log: (msg, extra) => logger.info(extra ?? {}, msg),
  });
  let signals = 0;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (++signals > 1) process.exit(1);
      logger.info({ signal }, "shutdown requested");
      shutdown().then(
        () => process.exit(0),
        (e) => {
          logger.error({ err: e instanceof Error ? e.message : String(e) }, "shutdown failed");
          process.exit(1);
        },
      );
    });
  }

  await new Promise<void>((resolve) => server.listen(opts.port, opts.hostname, resolve));
  logger.info({ port: opts.port, hostname: opts.hostname }, "listening");
}
