// issue 5: `npm run -s match:solve -- FILE` end to end, as an independent checker would run it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dir = mkdtempSync(path.join(tmpdir(), "match-solve-"));
const tsx = path.join(process.cwd(), "node_modules/.bin/tsx");

function run(instance: unknown | string) {
  const file = path.join(dir, `i${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof instance === "string" ? instance : JSON.stringify(instance));
  const r = spawnSync(tsx, ["scripts/match-solve.ts", file], { cwd: process.cwd(), encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("match:solve", () => {
  it("prints the exact optimum as {total, assignments}", () => {
    const r = run({
      volunteers: [
        { id: "v1", capacity: 1 },
        { id: "v2", capacity: 2 },
        { id: "v3", capacity: 1 },
      ],
      needs: [
        { id: "n1", slots: 1 },
        { id: "n2", slots: 20 },
      ],
      edges: [
        ["v1", "n1", 734],
        ["v2", "n1", 800],
        ["v2", "n2", 5],
        ["v1", "n2", -3],
        ["v3", "n1", 700],
      ],
    });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(["total", "assignments"]);
    expect(out.total).toBe(805);
    expect(out.assignments).toEqual([
      ["v2", "n1"],
      ["v2", "n2"],
    ]);
  }, 30_000);

  it("exits 2 with the reason on stderr, and prints nothing on stdout, on invalid input", () => {
    // Every validation rule is covered fast in solve-json.test.ts; this checks the process contract.
    const r = run({
      volunteers: [{ id: "v1", capacity: 1 }],
      needs: [{ id: "n1", slots: 1 }],
      edges: [
        ["v1", "n1", 1],
        ["v1", "n1", 2],
      ],
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/invalid input: edges\[1\]: duplicate edge "v1" → "n1"/);
  }, 30_000);
});
