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

/** `next start` in the foreground; the database was migrated (and closed) before, as PGlite allows one process. */
export function serve(port: string): Promise<void> {
  return run(["start", "-p", port], { ...process.env, NODE_ENV: "production", AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true" });
}
