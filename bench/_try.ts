import { generateInstance, ROUND_100K, ROUND_TIGHT } from "@/bench/solver-instances";
import { solveAssignment } from "@/lib/matching/solver/min-cost-flow";
import { checkAssignment } from "@/lib/matching/solver/check";
for (const spec of [ROUND_100K, ROUND_TIGHT]) {
  let t0 = performance.now();
  const p = generateInstance(spec);
  const tg = performance.now() - t0;
  t0 = performance.now();
  const s = solveAssignment(p);
  const ts = performance.now() - t0;
  const c = checkAssignment(p, s.chosenEdges, s.total);
  console.log({ edges: p.edgeUnit.length, tg, ts, total: s.total, chosen: s.chosenEdges.length, stats: s.stats, ok: c.ok, rss: process.memoryUsage().rss / 2**20 });
}
