// One solver benchmark in a fresh process, so that its peak memory is its own.
// Usage: tsx bench/solver-worker.ts <instance-name> [repeats]
import { checkAssignment } from "@/lib/matching/solver/check";
import { solveAssignment } from "@/lib/matching/solver/min-cost-flow";
import { generateInstance, INSTANCES } from "./solver-instances";

const name = process.argv[2];
const repeats = Number(process.argv[3] ?? 3);
const spec = INSTANCES[name];
if (!spec) throw new Error(`unknown instance ${name}`);
const problem = generateInstance(spec);

// The first run is what a coordinator's round pays (cold JIT); the median of the next ones is the
// steady figure.
let t0 = performance.now();
let solution = solveAssignment(problem);
const coldMs = performance.now() - t0;
const times: number[] = [];
for (let i = 0; i < repeats; i++) {
  t0 = performance.now();
  solution = solveAssignment(problem);
  times.push(performance.now() - t0);
}
const check = checkAssignment(problem, solution.chosenEdges, solution.total);
if (!check.ok) throw new Error(`checker rejected the solution: ${check.errors.slice(0, 3).join("; ")}`);
times.sort((a, b) => a - b);
process.stdout.write(
  JSON.stringify({
    bench: name,
    ms: Math.round(times[Math.floor(times.length / 2)] ?? coldMs),
    coldMs: Math.round(coldMs),
    rssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    total: solution.total,
    assigned: solution.chosenEdges.length,
    units: spec.units,
    slots: spec.needs * spec.slotsPerNeed,
    edges: solution.stats.edges,
    phases: solution.stats.phases,
    searchArcs: solution.stats.searchArcs,
  }) + "\n",
);
