// The production HTTP server (issue 16): Next.js's request handler behind a plain node:http server,
// which adds what `next start` does not — a request id on every request and response, one JSON log
// line per request (route, status, duration, pseudonymous actor), a 503 with Retry-After while the
// database is unreachable (instead of rendering each request into the same failure), and a graceful
// shutdown on SIGTERM.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import next from "next";
import { databaseDown, RETRY_AFTER_S } from "@/db/availability";
import { logger } from "@/lib/ops/logger";
import { requestContext, routeForLog, type RequestContext } from "@/lib/ops/request-context";
import { gracefulShutdown } from "@/lib/ops/shutdown";
import { cacheKey, isCacheableRequest, PageCache, type CachedPage } from "@/lib/ops/page-cache";
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

/** Response headers that belong to one response, not to the page. */
const perResponse = new Set(["x-request-id", "content-length", "transfer-encoding", "connection", "date", "keep-alive", "content-encoding", "x-cache"]);

function serveCached(req: IncomingMessage, res: ServerResponse, page: CachedPage): void {
  res.statusCode = page.status;
  for (const [name, value] of page.headers) res.setHeader(name, value);
  res.setHeader("X-Cache", "hit");
  res.setHeader("Vary", "Accept-Encoding");
  const gzip = page.gzip && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const body = gzip ? page.gzip! : page.body;
  if (gzip) res.setHeader("Content-Encoding", "gzip");
  res.setHeader("Content-Length", body.length);
  res.end(body);
}

/** Keeps a copy of what Next.js writes, to store once the response has finished. */
function captureBody(res: ServerResponse): () => Buffer {
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array),
    );
  };
  const write = res.write.bind(res) as (...a: unknown[]) => boolean;
  const end = res.end.bind(res) as (...a: unknown[]) => ServerResponse;
  res.write = ((chunk: unknown, ...rest: unknown[]) => (keep(chunk, rest[0]), write(chunk, ...rest))) as typeof res.write;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => (keep(chunk, rest[0]), end(chunk, ...rest))) as typeof res.end;
  return () => Buffer.concat(chunks);
}

export async function startHttpServer(opts: { port: number; hostname: string; dir?: string }): Promise<void> {
  const app = next({ dev: false, dir: opts.dir ?? process.cwd(), hostname: opts.hostname, port: opts.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  let draining = false;
  const pageCache = new PageCache(Number(process.env.PAGE_CACHE_TTL_MS ?? 10_000));
  // Bumped when a write starts and when it ends: a page rendered across a write is not stored.
  let writes = 0;
  const fills = new Map<string, Promise<CachedPage | undefined>>();

  const server = createServer((req, res) => {
    const started = performance.now();
    const given = req.headers["x-request-id"];
    const requestId = typeof given === "string" && validRequestId.test(given) ? given : randomUUID();
    req.headers["x-request-id"] = requestId; // the app (and its error log) sees the same id
    res.setHeader("X-Request-Id", requestId);
    const path = (req.url ?? "/").split("?")[0];
    const ctx: RequestContext = { requestId };
    res.on("finish", () => {
      logger.info(
        {
          reqId: requestId,
          method: req.method,
          route: routeForLog(path),
          status: res.statusCode,
          ms: Math.round((performance.now() - started) * 10) / 10,
          actor: ctx.actor,
        },
        "request",
      );
    });
    const health = path.startsWith("/api/health/");
    if (draining && !health) return answerUnavailable(req, res, true);
    if (databaseDown() && !health && !path.startsWith("/_next/static/")) return answerUnavailable(req, res, false);
    const method = req.method ?? "GET";
    if (method !== "GET" && method !== "HEAD" && method !== "OPTIONS") {
      writes++;
      res.on("close", () => {
        writes++;
        pageCache.invalidate();
      });
    }
    if (isCacheableRequest(method, req.url ?? "/", req.headers)) {
      const key = cacheKey(req.url ?? "/", req.headers.cookie, req.headers["accept-language"]);
      const found = pageCache.lookup(key);
      if (found?.fresh) return serveCached(req, res, found.page);
      const filling = fills.get(key);
      // One render per key at a time: the others get the stale copy, or wait for the render.
      if (filling && found) return serveCached(req, res, found.page);
      if (filling) {
        return void filling.then((page) => {
          if (page) serveCached(req, res, page);
          else requestContext.run(ctx, () => void handle(req, res));
        });
      }
      delete req.headers["accept-encoding"]; // store the plain body; compressed once, below
      const seen = writes;
      const body = captureBody(res);
      res.setHeader("X-Cache", "miss");
      let settle: (page: CachedPage | undefined) => void = () => {};
      fills.set(key, new Promise((resolve) => (settle = resolve)));
      res.on("close", () => {
        fills.delete(key);
        if (res.statusCode !== 200 || res.getHeader("set-cookie") !== undefined || writes !== seen || !res.writableFinished) return settle(undefined);
        const headers = Object.entries(res.getHeaders()).filter(([name]) => !perResponse.has(name)) as [string, string | string[]][];
        const plain = body();
        pageCache.set(key, { status: 200, headers, body: plain, gzip: gzipSync(plain) });
        settle(pageCache.get(key));
      });
    }
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

  // A port already in use must end the process: Next.js logs uncaught exceptions and carries on.
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.hostname, () => {
      server.off("error", reject);
      resolve();
    });
  });
  logger.info({ port: opts.port, hostname: opts.hostname }, "listening");
}
