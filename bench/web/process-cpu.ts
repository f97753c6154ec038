// Server CPU of a process and all its descendants, read from /proc (Linux): `next start` runs the
// server in a child process, so the tree is what a request costs. Ticks are 1/100 s; over a few hundred
// requests that resolves well below a millisecond per request.
import { readdirSync, readFileSync } from "node:fs";

const TICK_MS = 10;

function statOf(pid: number): { ppid: number; cpuMs: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const rest = text.slice(text.lastIndexOf(")") + 2).split(" ");
    // fields after "(comm)": state ppid … utime(14) stime(15) counted from 1 with pid=1, comm=2
    return { ppid: Number(rest[1]), cpuMs: (Number(rest[11]) + Number(rest[12])) * TICK_MS };
  } catch {
    return null;
  }
}

/** CPU milliseconds used so far by `root` and every live descendant. */
export function treeCpuMs(root: number): number {
  const children = new Map<number, number[]>();
  const cpu = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const s = statOf(pid);
    if (!s) continue;
    cpu.set(pid, s.cpuMs);
    const list = children.get(s.ppid) ?? [];
    list.push(pid);
    children.set(s.ppid, list);
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += cpu.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function loadAverage(): string {
  return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
}
