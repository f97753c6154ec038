// Round solver benchmarks (issue 5): exact max-weight assignment on generated instances, each in
// its own process so that peak RSS is attributable. Targets: under 1 s and 256 MB per instance.
import { spawnSync } from "node:child_process";
import path from "node:path";
import type { BenchResult } from "./types";
import { INSTANCES } from "./solver-instances";

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
  const tsx = path.join(root, "node_modules/.bin/tsx");
  for (const name of Object.keys(INSTANCES)) {
    const r = spawnSync(tsx, [path.join(root, "bench/solver-worker.ts"), name, "3"], { cwd: root, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`solver bench ${name} failed: ${r.stderr}`);
    results.push(JSON.parse(r.stdout.trim().split("\n").pop() as string) as BenchResult);
  }
  return results;
}
