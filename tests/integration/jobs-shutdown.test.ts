// Issue 16, graceful shutdown: a runner told to stop finishes the job it is running and hands the
// jobs it claimed but did not start back to the queue at once (not after its 5-minute lease), with
// their attempt uncounted, so another instance runs them next.
import { describe, expect, it } from "vitest";
import { inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { jobs } from "@/db/schema";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { claimJobs, runDueJobs } from "@/lib/jobs/runner";
import { useTestDb } from "../fixtures/db";

useTestDb();

describe("job runner shutdown", () => {
  it("finishes the running job and releases the unstarted claims", async () => {
    const db = await getDb();
    for (let i = 0; i < 3; i++) await enqueueJob(db, "test.shutdown", { i });
    let stopping = false;
    const ran: number[] = [];
    const result = await runDueJobs(db, {
      workerId: "instance-a",
      periodic: [],
      handlers: {
        "test.shutdown": async (payload) => {
          ran.push(Number(payload.i));
          stopping = true; // SIGTERM arrives while the first job runs
        },
      },
      shouldStop: () => stopping,
    });
    expect(result).toMatchObject({ ran: 1, failed: 0 });
    expect(ran).toHaveLength(1);
    const rows = await db
      .select()
      .from(jobs)
      .where(inArray(jobs.kind, ["test.shutdown"]));
    expect(rows.filter((r) => r.status === "done")).toHaveLength(1);
    const released = rows.filter((r) => r.status === "pending");
    expect(released).toHaveLength(2);
    for (const r of released) expect(r).toMatchObject({ lockedBy: null, lockedUntil: null, attempts: 0 });
    // Another instance claims them straight away.
    const taken = await claimJobs(db, "instance-b", 10, 60_000);
    expect(taken.map((j) => j.kind)).toEqual(["test.shutdown", "test.shutdown"]);
  });
});
