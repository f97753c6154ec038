// Summarises a V8 .cpuprofile (from BENCH_PROFILE or `node --cpu-prof`) by where the self time goes:
// the package (or app code) of each sampled frame, and the top functions. Used for the before/after
// breakdown in issue 16.
import { readFileSync } from "node:fs";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

function bucket(url: string, fn: string): string {
  if (!url) return fn === "(garbage collector)" ? "GC" : fn === "(idle)" || fn === "(program)" ? fn : "native/builtin";
  const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (m) {
    if (m[1] === "next") {
      const inner = url.match(/compiled\/([^/]+)/);
      return inner ? `next (${inner[1]})` : "next";
    }
    return m[1];
  }
  if (url.startsWith("node:")) return "node core";
  if (url.includes("/.next")) return url.includes("chunks/ssr") ? "app (ssr chunks)" : "app (server chunks)";
  return "other";
}

for (const file of process.argv.slice(2)) {
  const p = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const buckets = new Map<string, number>();
  const fns = new Map<string, number>();
  let busy = 0;
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    const b = bucket(n.callFrame.url, n.callFrame.functionName);
    buckets.set(b, (buckets.get(b) ?? 0) + us);
    if (b !== "(idle)") busy += us;
    const f = `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.replace(/.*node_modules\//, "").slice(0, 80)}:${n.callFrame.lineNumber}`;
    fns.set(f, (fns.get(f) ?? 0) + us);
  }
  console.log(`\n${file}: busy ${(busy / 1000).toFixed(0)} ms of ${((p.endTime - p.startTime) / 1000).toFixed(0)} ms`);
  for (const [b, us] of [...buckets]
    .sort((a, c) => c[1] - a[1])
    .filter(([b]) => b !== "(idle)")
    .slice(0, 18)) {
    console.log(`  ${(us / 1000).toFixed(0).padStart(7)} ms  ${((us / busy) * 100).toFixed(1).padStart(5)} %  ${b}`);
  }
  console.log("  top functions (self):");
  for (const [f, us] of [...fns]
    .sort((a, c) => c[1] - a[1])
    .filter(([f]) => !f.startsWith("(idle)"))
    .slice(0, 25)) {
    console.log(`  ${(us / 1000).toFixed(0).padStart(7)} ms  ${f}`);
  }
}
