// `npm run bench:web` (issue 16): the production app on PostgreSQL with the demo data, beside two
// references — a bare node:http server and a minimal prerendered Next.js page built here — driven with
// autocannon over loopback. Prints requests/s, p50/p99, ratios to the references and server CPU per
// request (the server's process tree, from /proc: wall-clock figures are noisy on a shared machine,
// CPU per request is not). Bounded: a fixed number of requests per target, 127.0.0.1 only.
//
// Env: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres; a scratch database is
// created beside it and dropped), BENCH_PORT (default 3445; +1 bare, +2 reference), BENCH_DIST_DIR
// (default .next; built when missing), BENCH_REQUESTS (default 400), BENCH_CONNECTIONS (default 20),
// BENCH_ONLY / BENCH_SKIP (comma-separated parts of target names).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import autocannon from "autocannon";
import { eq, sql } from "drizzle-orm";
import { openPostgres } from "@/db/client";
import { migrate } from "@/db/migrate";
import { seedDemo } from "@/db/seed/demo";
import { DEMO_DOMAIN } from "@/db/seed/demo-data";
import { needs } from "@/db/schema";
import { createSessionFor } from "./session";
import { treeCpuMs, loadAverage } from "./process-cpu";
import { buildReferenceNext, referenceNextArgs } from "./reference-next";

const root = process.cwd();
const base = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const port = Number(process.env.BENCH_PORT ?? 3445);
const distDir = process.env.BENCH_DIST_DIR ?? ".next";
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const only = process.env.BENCH_ONLY?.split(",").filter(Boolean);
const skip = process.env.BENCH_SKIP?.split(",").filter(Boolean);
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const tsxCli = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
const secret = randomBytes(32).toString("base64url");

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_DIST_DIR: distDir,
  AUTH_SECRET: secret,
  AUTH_TRUST_HOST: "true",
  JOBS_DISABLED: "1", // the job runner's ticks would count as request CPU
  LOG_LEVEL: process.env.LOG_LEVEL ?? "info", // the request log is part of what a request costs (stdout is discarded)
};

type Target = { name: string; url: string; cookie?: string; server: "app" | "bare" | "next" };
type Row = {
  target: string;
  rps: number;
  p50: number;
  p99: number;
  cpuMsPerReq: number;
  kbPerReq: number;
  non2xx: number;
  dbXactPerReq?: number;
  load: string;
};

// BENCH_PROFILE=<dir>: the app server writes a V8 CPU profile there when it exits
// (summarise with `npx tsx bench/web/profile-summary.ts <dir>/*.cpuprofile`).
const profileDir = process.env.BENCH_PROFILE;

const exited = new Set<ChildProcess>();

/** Each server in its own process group, so stopping it also stops whatever it forked. */
function start(args: string[], cwd: string, extraEnv: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, args, { cwd, env: { ...env, ...extraEnv }, stdio: ["ignore", "ignore", "inherit"], detached: true });
  child.on("exit", () => exited.add(child));
  return child;
}

function stop(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, "SIGTERM");
  } catch {
    /* already gone */
  }
}

async function waitUp(url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`${url} did not come up`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Statements (autocommit transactions) the app database committed so far: queries per request. */
let countXacts: (() => Promise<number>) | undefined;

async function measure(t: Target, pid: number): Promise<Row> {
  const headers: Record<string, string> = t.cookie ? { cookie: t.cookie } : {};
  // Warm-up: compile caches, JIT, open pool connections.
  await autocannon({ url: t.url, connections: 2, amount: 40, headers });
  const x0 = t.server === "app" && countXacts ? await countXacts() : undefined;
  const cpu0 = treeCpuMs(pid);
  const load = loadAverage();
  const t0 = performance.now();
  const r = await autocannon({ url: t.url, connections: CONNECTIONS, amount: REQUESTS, headers });
  const seconds = (performance.now() - t0) / 1000;
  const cpu1 = treeCpuMs(pid);
  const done = r.requests.total || REQUESTS;
  const x1 = x0 !== undefined ? await countXacts!() : undefined;
  return {
    target: t.name,
    // Total over wall time: autocannon's per-second average is meaningless for a run under a second.
    rps: Math.round(done / seconds),
    p50: r.latency.p50,
    p99: r.latency.p99,
    cpuMsPerReq: Math.round(((cpu1 - cpu0) / done) * 100) / 100,
    kbPerReq: Math.round(r.throughput.total / done / 102.4) / 10,
    non2xx: r.non2xx,
    dbXactPerReq: x0 !== undefined ? Math.round(((x1! - x0 - 1) / done) * 10) / 10 : undefined,
    load,
  };
}

async function main(): Promise<void> {
  const name = `sf_bench_web_${process.pid}`;
  const admin = await openPostgres(base, 1);
  await admin.db.execute(sql.raw(`DROP DATABASE IF EXISTS ${name}`));
  await admin.db.execute(sql.raw(`CREATE DATABASE ${name}`));
  const u = new URL(base);
  u.pathname = "/" + name;
  env.DATABASE_URL = u.toString();
  const children: ChildProcess[] = [];
  try {
    const handle = await openPostgres(env.DATABASE_URL, 2);
    await migrate(handle);
    process.stderr.write("bench:web: seeding the demo programme…\n");
    await seedDemo(handle.db);
    const cookieFor = async (email: string) => `authjs.session-token=${await createSessionFor(handle.db, email, secret)}`;
    const volunteerCookie = await cookieFor(`volunteer@${DEMO_DOMAIN}`);
    const coordinatorCookie = await cookieFor(`coordinator@${DEMO_DOMAIN}`);
    const [need] = await handle.db.select({ id: needs.id }).from(needs).where(eq(needs.status, "open")).limit(1);
    await handle.close();

    if (!existsSync(path.join(root, distDir, "BUILD_ID"))) {
      process.stderr.write("bench:web: building the app…\n");
      await new Promise<void>((res, rej) => start([nextBin, "build"], root).on("exit", (c) => (c === 0 ? res() : rej(new Error("build failed")))));
    }
    process.stderr.write("bench:web: building the reference page (first run only)…\n");
    await buildReferenceNext(env);

    const profileArgs = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []; // not allowed in NODE_OPTIONS
    // The production server (scripts/server.ts: Next.js behind node:http with request logs, 503s, shutdown).
    // `node --import tsx` rather than the tsx CLI: one process, which --cpu-prof then profiles.
    const app = start([...profileArgs, "--import", "tsx", path.join(root, "scripts", "server.ts"), String(port), "127.0.0.1"], root);
    const bare = start([tsxCli, path.join(root, "bench", "web", "bare-server.ts"), String(port + 1)], root);
    const ref = referenceNextArgs(port + 2);
    const next = start(ref.args, ref.cwd, { DATABASE_URL: "" });
    children.push(app, bare, next);
    const appUrl = `http://127.0.0.1:${port}`;
    await Promise.all([
      waitUp(appUrl + "/api/health/live").catch(() => waitUp(appUrl + "/")),
      waitUp(`http://127.0.0.1:${port + 1}/`),
      waitUp(`http://127.0.0.1:${port + 2}/`),
    ]);

    const targets: Target[] = [
      { name: "reference: node:http", url: `http://127.0.0.1:${port + 1}/`, server: "bare" },
      { name: "reference: prerendered Next.js", url: `http://127.0.0.1:${port + 2}/`, server: "next" },
      { name: "home /", url: `${appUrl}/`, server: "app" },
      { name: "board /needs", url: `${appUrl}/needs`, server: "app" },
      { name: "board search", url: `${appUrl}/needs?q=paediatric`, server: "app" },
      { name: "need page", url: `${appUrl}/needs/${need.id}`, server: "app" },
      // An Auth.js cookie that is not a session: anonymous for the page, but past the public-page cache.
      { name: "board /needs, uncached", url: `${appUrl}/needs`, cookie: "authjs.csrf-token=bench", server: "app" },
      { name: "need page, uncached", url: `${appUrl}/needs/${need.id}`, cookie: "authjs.csrf-token=bench", server: "app" },
      { name: "404 page (non2xx = the 404s)", url: `${appUrl}/no-such-page`, server: "app" },
      { name: "API search", url: `${appUrl}/api/v1/needs?q=paediatric`, server: "app" },
      { name: "volunteer /volunteer/needs", url: `${appUrl}/volunteer/needs`, cookie: volunteerCookie, server: "app" },
      { name: "coordinator /coordinator/matches", url: `${appUrl}/coordinator/matches`, cookie: coordinatorCookie, server: "app" },
    ]
      .filter((t) => !only || only.some((o) => t.name.includes(o)))
      .filter((t) => !skip || !skip.some((o) => t.name.includes(o))) as Target[];

    const pids = { app: app.pid!, bare: bare.pid!, next: next.pid! };
    countXacts = async () => {
      await new Promise((r) => setTimeout(r, 1500)); // backends report their counts about once a second
      await admin.db.execute(sql`SELECT pg_stat_clear_snapshot()`);
      const rows = (await admin.db.execute(sql`SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = ${name}`)) as unknown as {
        n: string;
      }[];
      return Number(rows[0]?.n ?? 0);
    };
    const rows: Row[] = [];
    for (const t of targets) {
      // A server that died (a port already taken) must not leave another process answering for it.
      for (const c of children) if (exited.has(c)) throw new Error("a benchmarked server exited early (port in use?)");
      process.stderr.write(`bench:web: ${t.name}…\n`);
      rows.push(await measure(t, pids[t.server]));
    }
    print(rows);
  } finally {
    for (const c of children) stop(c);
    await new Promise((r) => setTimeout(r, 1500));
    await admin.db.execute(sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).catch(() => {});
    await admin.close();
  }
}

function print(rows: Row[]): void {
  const bare = rows.find((r) => r.target.includes("node:http"));
  const ref = rows.find((r) => r.target.includes("prerendered"));
  const ratio = (a: number, b?: Row) => (b && b.rps ? `${Math.round((a / b.rps) * 1000) / 10} %` : "");
  const table = rows.map((r) => ({
    target: r.target,
    "req/s": String(r.rps),
    "p50 ms": String(r.p50),
    "p99 ms": String(r.p99),
    "vs Next.js": ratio(r.rps, ref),
    "vs node:http": ratio(r.rps, bare),
    "CPU ms/req": r.cpuMsPerReq.toFixed(2),
    "KB/resp": String(r.kbPerReq),
    non2xx: String(r.non2xx),
    "db xact/req": r.dbXactPerReq === undefined ? "" : String(r.dbXactPerReq),
    load: r.load,
  }));
  for (const r of rows) process.stdout.write(JSON.stringify({ bench: "web", connections: CONNECTIONS, requests: REQUESTS, ...r }) + "\n");
  const cols = Object.keys(table[0]);
  const widths = cols.map((c) => Math.max(c.length, ...table.map((t) => (t as Record<string, string>)[c].length)));
  const line = (xs: string[]) => xs.map((x, i) => x.padEnd(widths[i])).join("  ");
  process.stdout.write(`\n${REQUESTS} requests per target, ${CONNECTIONS} connections\n` + line(cols) + "\n" + line(widths.map((w) => "-".repeat(w))) + "\n");
  for (const t of table) process.stdout.write(line(cols.map((c) => (t as Record<string, string>)[c])) + "\n");
}

await main();
