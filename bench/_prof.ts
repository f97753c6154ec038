import { generateInstance, ROUND_100K } from "@/bench/solver-instances";
import { solveAssignment } from "@/lib/matching/solver/min-cost-flow";
const p = generateInstance(ROUND_100K);
const s = solveAssignment(p);
console.log(s.stats);
console.log((globalThis as any).__pops,(globalThis as any).__rel,(globalThis as any).__dfs);
