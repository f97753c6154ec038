import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

export function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], { stdio: "inherit", env });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next ${args[0]} exited with ${code}`))));
  });
}

export async function buildIfNeeded(): Promise<void> {
  if (existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) return;
  console.log("building the app (first run only)…");
  await run(["build"], { ...process.env, NODE_ENV: "production" });
}

/**
 * The production server (scripts/server.ts) in the foreground; the database was migrated (and closed)
 * before, as PGlite allows one process. SIGTERM reaches it and shuts it down gracefully.
 */
export function serve(port: string): Promise<void> {
  const env = { ...process.env, NODE_ENV: "production" as const, AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true" };
  const tsxCli = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsxCli, path.join(process.cwd(), "scripts", "server.ts"), port], { stdio: "inherit", env });
    for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => child.kill(signal));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`server exited with ${code}`))));
  });
}
