// Issue 16: what /api/health/ready decides, on both engines.
import { describe, expect, it } from "vitest";
import { getDb, type Db } from "@/db/client";
import { checkReadiness, jobsCheck, shippedMigrationHead } from "@/lib/ops/readiness";
import { useTestDb } from "../fixtures/db";

useTestDb();
const ticking = { disabled: false as const, intervalMs: 30_000, startedAt: Date.now() - 60_000, lastTickAt: Date.now() - 1_000 };

describe("readiness", () => {
  it("is ready on a migrated database with a ticking job runner", async () => {
    const r = await checkReadiness(await getDb(), { heartbeat: ticking });
    expect(r.ok).toBe(true);
    expect(r.checks.database.ok).toBe(true);
    expect(r.checks.migrations).toMatchObject({ ok: true, applied: shippedMigrationHead().count, expected: shippedMigrationHead().count });
  });

  it("is not ready when the build ships a migration the database lacks, or the database is behind by date", async () => {
    const head = shippedMigrationHead();
    const newer = await checkReadiness(await getDb(), { heartbeat: ticking, head: { count: head.count + 1, when: head.when + 1 } });
    expect(newer.ok).toBe(false);
    expect(newer.checks.migrations).toMatchObject({ ok: false, applied: head.count, expected: head.count + 1 });
    const sameCountOtherHead = await checkReadiness(await getDb(), { heartbeat: ticking, head: { count: head.count, when: head.when + 1 } });
    expect(sameCountOtherHead.checks.migrations.ok).toBe(false);
  });

  it("is not ready when the database does not answer (in time)", async () => {
    const broken = { execute: () => Promise.reject(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })) } as unknown as Db;
    const down = await checkReadiness(broken, { heartbeat: ticking });
    expect(down.ok).toBe(false);
    expect(down.checks.database.ok).toBe(false);
    expect(JSON.stringify(down)).not.toContain("ECONNREFUSED"); // no error text leaks
    const hanging = { execute: () => new Promise(() => {}) } as unknown as Db;
    const slow = await checkReadiness(hanging, { heartbeat: ticking, timeoutMs: 50 });
    expect(slow.checks.database.ok).toBe(false);
  });
});

describe("job runner heartbeat", () => {
  const now = 1_000_000_000;
  it("is healthy within three intervals of its last tick, or of its start before the first", () => {
    expect(jobsCheck({ disabled: false, intervalMs: 1000, startedAt: now - 10_000, lastTickAt: now - 2_500 }, now).ok).toBe(true);
    expect(jobsCheck({ disabled: false, intervalMs: 1000, startedAt: now - 10_000, lastTickAt: now - 3_500 }, now).ok).toBe(false);
    expect(jobsCheck({ disabled: false, intervalMs: 1000, startedAt: now - 2_000, lastTickAt: null }, now).ok).toBe(true);
    expect(jobsCheck({ disabled: false, intervalMs: 1000, startedAt: now - 5_000, lastTickAt: null }, now).ok).toBe(false);
  });
  it("a runner switched off is fine, a missing one is not", () => {
    expect(jobsCheck({ disabled: true }).ok).toBe(true);
    expect(jobsCheck(undefined).ok).toBe(false);
  });
});
