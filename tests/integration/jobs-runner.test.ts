import { describe, expect, it } from "vitest";
import { eq, inArray, like, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, jobs, notifications, placements } from "@/db/schema";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { claimJobs, ensurePeriodicJobs, periodicKey, runDueJobs, type PeriodicTask } from "@/lib/jobs/runner";
import { runOnce } from "@/lib/jobs/run";
import { runnerConfig } from "@/lib/jobs/registry";
import { expireLapsedOffers } from "@/lib/jobs/tasks/expire-offers";
import { rowsOf } from "@/db/rows";
import { useTestDb } from "../fixtures/db";
import { createPlacementRow, createPlacementScene } from "../fixtures/placement-rows";

useTestDb();

describe("job runner", () => {
  it("runs a job once, retries a failing one with back-off and gives up after its last attempt", async () => {
    const db = await getDb();
    const seen: string[] = [];
    await enqueueJob(db, "test.ok", { n: 1 });
    await enqueueJob(db, "test.ok", { n: 1 }, { uniqueKey: "only-once" });
    await enqueueJob(db, "test.ok", { n: 2 }, { uniqueKey: "only-once" }); // same key: no-op
    await enqueueJob(db, "test.fail", {}, { maxAttempts: 2, uniqueKey: "failing" });
    const config = {
      periodic: [],
      handlers: {
        "test.ok": async (p: Record<string, unknown>) => void seen.push(`ok${p.n}`),
        "test.fail": async () => {
          throw new Error("smtp down");
        },
      },
    };
    const before = Date.now(); // the back-off counts from the failure, which comes after this
    const first = await runDueJobs(db, config);
    expect(first).toMatchObject({ ran: 2, failed: 1 });
    expect(seen).toEqual(["ok1", "ok1"]);
    const [failing] = await db.select().from(jobs).where(eq(jobs.uniqueKey, "failing"));
    expect(failing).toMatchObject({ status: "pending", attempts: 1, lastError: "smtp down", lockedUntil: null });
    expect(failing.runAt.getTime()).toBeGreaterThanOrEqual(before + 30_000); // backed off 30 s, not due now

    expect(await runDueJobs(db, config)).toMatchObject({ ran: 0, failed: 0 });
    await db
      .update(jobs)
      .set({ runAt: sql`now()` })
      .where(eq(jobs.uniqueKey, "failing"));
    expect(await runDueJobs(db, config)).toMatchObject({ failed: 1 });
    const [gaveUp] = await db.select().from(jobs).where(eq(jobs.uniqueKey, "failing"));
    expect(gaveUp).toMatchObject({ status: "failed", attempts: 2 });
    const done = await db.select().from(jobs).where(eq(jobs.kind, "test.ok"));
    expect(done.map((j) => j.status)).toEqual(["done", "done"]);
  });

  it("hands each due job to one worker even when workers claim at the same moment", async () => {
    const db = await getDb();
    for (let i = 0; i < 24; i++) await enqueueJob(db, "test.claim", { i });
    const claims = await Promise.all([1, 2, 3, 4].map((w) => claimJobs(db, `worker-${w}`, 10, 60_000)));
    const ids = claims
      .flat()
      .filter((j) => j.kind === "test.claim")
      .map((j) => j.id);
    expect(ids).toHaveLength(24);
    expect(new Set(ids).size).toBe(24);
    // all leased: nothing left to claim
    expect((await claimJobs(db, "worker-5", 50, 60_000)).filter((j) => j.kind === "test.claim")).toHaveLength(0);
    await db.update(jobs).set({ status: "done" }).where(eq(jobs.kind, "test.claim"));
  });

  it("gives a job back when its worker's lease runs out, and the late worker cannot settle it", async () => {
    const db = await getDb();
    await enqueueJob(db, "test.lease", {}, { uniqueKey: "lease" });
    const ran: string[] = [];
    let slowStarted!: () => void;
    const started = new Promise<void>((r) => (slowStarted = r));
    let releaseSlow!: () => void;
    const released = new Promise<void>((r) => (releaseSlow = r));
    // The slow worker stalls inside its handler (no renewal within the test) until released; it then
    // fails. Its lease is expired explicitly, as if the stall had outlasted it, so nothing here races
    // a timer.
    const slow = runDueJobs(db, {
      periodic: [],
      workerId: "slow",
      heartbeatMs: 60_000,
      handlers: {
        "test.lease": async () => {
          slowStarted();
          await released;
          ran.push("slow");
          throw new Error("too late");
        },
      },
    });
    await started;
    await db
      .update(jobs)
      .set({ lockedUntil: sql`now() - interval '1 second'` })
      .where(eq(jobs.uniqueKey, "lease"));
    const rescue = await runDueJobs(db, { periodic: [], workerId: "rescuer", handlers: { "test.lease": async () => void ran.push("rescuer") } });
    expect(rescue.ran).toBe(1);
    releaseSlow();
    await slow;
    expect(ran).toEqual(["rescuer", "slow"]);
    const [row] = await db.select().from(jobs).where(eq(jobs.uniqueKey, "lease"));
    // the late failure did not put the finished job back in the queue
    expect(row).toMatchObject({ status: "done", attempts: 2, lockedBy: "rescuer", lastError: null });
  });

  it("renews the lease of a job that outlasts it, so no other instance takes it over", async () => {
    const db = await getDb();
    await enqueueJob(db, "test.long", {}, { uniqueKey: "long" });
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    // A 3 s lease renewed every 100 ms: a takeover below would need the renewals to stall for ~3 s,
    // so the test does not hang on the machine's load.
    const long = runDueJobs(db, {
      periodic: [],
      workerId: "long",
      leaseMs: 3_000,
      heartbeatMs: 100,
      handlers: {
        "test.long": async () => {
          started();
          await released;
        },
      },
    });
    await running;
    const leaseOf = async () => (await db.select({ lockedUntil: jobs.lockedUntil }).from(jobs).where(eq(jobs.uniqueKey, "long")))[0].lockedUntil!;
    const firstLease = await leaseOf();
    // Wait, by the database's clock, until the lease taken with the job has run out.
    const pastFirstLease = async () =>
      rowsOf<{ past: boolean }>(await db.execute(sql`SELECT now() > ${firstLease.toISOString()}::timestamptz AS past`))[0].past;
    while (!(await pastFirstLease())) await new Promise((r) => setTimeout(r, 100));
    const others: number[] = [];
    for (let i = 0; i < 2; i++) {
      const tick = await runDueJobs(db, {
        periodic: [],
        workerId: "other",
        handlers: {
          "test.long": async () => {
            throw new Error("taken over");
          },
        },
      });
      others.push(tick.ran + tick.failed);
      await new Promise((r) => setTimeout(r, 300));
    }
    expect((await leaseOf()).getTime()).toBeGreaterThan(firstLease.getTime()); // renewed meanwhile
    release();
    expect(await long).toMatchObject({ ran: 1, failed: 0 });
    expect(others).toEqual([0, 0]);
    const [row] = await db.select().from(jobs).where(eq(jobs.uniqueKey, "long"));
    expect(row).toMatchObject({ status: "done", attempts: 1, lockedBy: "long" });
  });

  it("skips a batched job whose lease ran out while it waited and another instance took", async () => {
    const db = await getDb();
    await enqueueJob(db, "test.first", {}, { uniqueKey: "first" });
    await enqueueJob(db, "test.second", {}, { uniqueKey: "second" });
    // The batch runs its jobs oldest first; two enqueues can share a clock tick (PGlite's clock is
    // coarse), so "first" is made the older one explicitly.
    await db
      .update(jobs)
      .set({ runAt: sql`now() - interval '1 minute'` })
      .where(eq(jobs.uniqueKey, "first"));
    const ran: string[] = [];
    let firstStarted!: () => void;
    const started = new Promise<void>((r) => (firstStarted = r));
    let releaseFirst!: () => void;
    const released = new Promise<void>((r) => (releaseFirst = r));
    const config = (workerId: string) => ({
      periodic: [],
      workerId,
      heartbeatMs: 60_000,
      handlers: {
        "test.first": async () => {
          ran.push(`${workerId}:first`);
          if (workerId === "batch") {
            firstStarted();
            await released;
          }
        },
        "test.second": async () => void ran.push(`${workerId}:second`),
      },
    });
    const batch = runDueJobs(db, config("batch"));
    await started;
    // While "first" runs, both leases run out (as if the batch had stalled) and another instance
    // takes over whatever is due: "first" and the still-waiting "second".
    await db
      .update(jobs)
      .set({ lockedUntil: sql`now() - interval '1 second'` })
      .where(inArray(jobs.uniqueKey, ["first", "second"]));
    await runDueJobs(db, config("other"));
    releaseFirst();
    await batch;
    // "second" ran once, by the instance that took it over; the batch skipped it.
    expect(ran.filter((r) => r.endsWith(":second"))).toEqual(["other:second"]);
  });

  it("runs a periodic task once per interval however many instances tick", async () => {
    const db = await getDb();
    let runs = 0;
    const task: PeriodicTask = { kind: "test.periodic", everyMs: 60_000, run: async () => void runs++ };
    const config = { periodic: [task], handlers: {} };
    await ensurePeriodicJobs(db, [task]);
    await ensurePeriodicJobs(db, [task]);
    expect(
      await db
        .select()
        .from(jobs)
        .where(eq(jobs.uniqueKey, periodicKey("test.periodic"))),
    ).toHaveLength(1);
    const before = Date.now();
    await Promise.all([
      runDueJobs(db, { ...config, workerId: "a" }),
      runDueJobs(db, { ...config, workerId: "b" }),
      runDueJobs(db, { ...config, workerId: "c" }),
    ]);
    expect(runs).toBe(1);
    await runDueJobs(db, config);
    expect(runs).toBe(1);
    const [row] = await db
      .select()
      .from(jobs)
      .where(eq(jobs.uniqueKey, periodicKey("test.periodic")));
    expect(row.status).toBe("pending");
    expect(row.runAt.getTime()).toBeGreaterThanOrEqual(before + 60_000); // next run one interval after this one
  });

  it("run-once runs every app task now, including expiring offers", async () => {
    const db = await getDb();
    const scene = await createPlacementScene();
    const p = await createPlacementRow({
      needId: scene.need.id,
      volunteerId: scene.volunteer.id,
      period: "[2030-01-01,2030-01-10)",
      offerExpiresAt: new Date(Date.now() - 60_000),
    });
    const result = await runOnce(db, runnerConfig());
    expect(result.failed).toBe(0);
    expect(result.kinds).toEqual(expect.arrayContaining(["placements.expire-offers", "placements.remind-offers", "placements.advance"]));
    const [row] = await db.select().from(placements).where(eq(placements.id, p.id));
    expect(row.status).toBe("expired");
  });

  it("expires each lapsed offer exactly once when instances race", async () => {
    const db = await getDb();
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const scene = await createPlacementScene();
      ids.push(
        (
          await createPlacementRow({
            needId: scene.need.id,
            volunteerId: scene.volunteer.id,
            period: "[2030-02-01,2030-02-10)",
            offerExpiresAt: new Date("2029-12-01T00:00:00Z"),
          })
        ).id,
      );
    }
    const counts = await Promise.all([0, 1, 2, 3].map(() => expireLapsedOffers(db, new Date("2030-01-01T00:00:00Z"))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(12);
    const rows = await db.select({ status: placements.status }).from(placements).where(inArray(placements.id, ids));
    expect(rows.every((r) => r.status === "expired")).toBe(true);
    const audits = await db.select().from(auditLog).where(inArray(auditLog.objectId, ids));
    expect(audits).toHaveLength(12);
    const notes = await db.select().from(notifications).where(like(notifications.dedupeKey, "offer_expired:%"));
    // volunteer + one organisation member per placement (plus the run-once test's two)
    expect(notes.filter((n) => ids.some((id) => n.dedupeKey!.includes(id)))).toHaveLength(24);
  });
});
