// Fails when an installed version is below the floor (versions below it have published advisories;
// `npm audit` cannot reach its service from our machines).
import { readFileSync } from "node:fs";

function installed(name: string): string {
  return JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8")).version;
}

type V = { nums: number[]; pre: (string | number)[] };
function parse(v: string): V {
  const [core, pre] = v.split("-", 2);
  return { nums: core.split(".").map(Number), pre: pre ? pre.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)) : [] };
}
export function compare(a: string, b: string): number {
  const x = parse(a),
    y = parse(b);
  for (let i = 0; i < 3; i++) if (x.nums[i] !== y.nums[i]) return x.nums[i] - y.nums[i];
  if (!x.pre.length || !y.pre.length) return y.pre.length - x.pre.length; // release > pre-release
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i],
      q = y.pre[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    if (p !== q) return typeof p === "number" && typeof q === "number" ? p - q : String(p) < String(q) ? -1 : 1;
  }
  return 0;
}

const floors: [string, string][] = [
  ["next", "16.3.3"],
  ["next-auth", "5.0.0-beta.32"],
  ["drizzle-orm", "0.45.2"],
];

let failed = false;
for (const [name, floor] of floors) {
  const v = installed(name);
  const ok = compare(v, floor) >= 0 && !(name === "next-auth" && !v.startsWith("5."));
  console.log(`${ok ? "ok  " : "FAIL"} ${name} ${v} (floor ${floor})`);
  if (!ok) failed = true;
}
process.exit(failed ? 1 : 0);
