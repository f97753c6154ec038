// `npm run bench`: runs the solver benchmarks first, then every other module in bench/ that
// exports `run(): Promise<BenchResult[]>` (for example a shortlist benchmark that needs
// BENCH_DATABASE_URL and skips itself without it). Prints a table and one JSON line per figure.
// Benchmarks print figures; they never assert timings (CONVENTIONS: tests that mean something).
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { BenchResult } from "./types";

const here = path.dirname(new URL(import.meta.url).pathname);
const NOT_BENCHES = new Set(["run.ts", "types.ts", "solver-worker.ts", "solver-instances.ts"]);

async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((a) => a !== "--");
  const files = readdirSync(here)
    .filter((f) => f.endsWith(".ts") && !f.startsWith("_") && !NOT_BENCHES.has(f))
    .sort((a, b) => (a === "solver.ts" ? -1 : b === "solver.ts" ? 1 : a.localeCompare(b)))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)));
  const all: BenchResult[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { run?: () => Promise<BenchResult[]> };
    if (typeof mod.run !== "function") continue;
    process.stderr.write(`bench: ${file} …\n`);
    const results = await mod.run();
    for (const r of results) process.stdout.write(JSON.stringify(r) + "\n");
    all.push(...results);
  }
  printTable(all);
}

function printTable(rows: BenchResult[]): void {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cells = rows.map((r) => columns.map((c) => (r[c] === undefined ? "" : String(r[c]))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i].length)));
  const line = (xs: string[]) => xs.map((x, i) => x.padEnd(widths[i])).join("  ");
  process.stdout.write("\n" + line(columns) + "\n" + line(widths.map((w) => "-".repeat(w))) + "\n");
  for (const row of cells) process.stdout.write(line(row) + "\n");
}

await main();
