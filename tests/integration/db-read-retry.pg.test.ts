// Issue 16, on real PostgreSQL: a read whose connection is killed while it runs (what a database
// restart or failover does to in-flight queries) is answered from a fresh connection; a write in the
// same situation fails instead of running twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { openPostgres, type Handle } from "@/db/client";
import { markDatabaseUp } from "@/db/availability";
import { rowsOf } from "@/db/rows";
import { useTestDb } from "../fixtures/db";

const test = useTestDb(); // this file's own database; pg_stat_activity is seen from any database
let admin: Handle;

beforeAll(async () => {
  admin = await openPostgres(process.env.TEST_DATABASE_URL!, 1);
});
afterAll(async () => {
  markDatabaseUp();
  await admin.close();
});

/** Terminates the backend running a statement that contains `marker`, once it shows up. */
async function killWhenRunning(marker: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const rows = rowsOf<{ pid: number }>(
      await admin.db.execute(sql`SELECT pid FROM pg_stat_activity WHERE query LIKE ${"%" + marker + "%"} AND pid <> pg_backend_pid() AND state = 'active'`),
    );
    if (rows.length) {
      for (const r of rows) await admin.db.execute(sql`SELECT pg_terminate_backend(${r.pid})`);
      return;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`statement ${marker} never ran`);
}

describe("a dropped connection", () => {
  it("a read is retried once on a fresh connection", async () => {
    const marker = `read_marker_${Date.now()}`;
    const read = test
      .handle()
      .db.execute(sql.raw(`SELECT pg_sleep(1.5) AS s, '${marker}' AS m, pg_backend_pid() AS pid`))
      .then((r) => r); // drizzle queries are lazy: start it now
    await killWhenRunning(marker);
    const rows = rowsOf<{ m: string }>(await read);
    expect(rows[0].m).toBe(marker);
  });

  it("a write is not retried", async () => {
    const marker = `write_marker_${Date.now()}`;
    const app = test.handle();
    await app.db.execute(sql.raw(`CREATE TABLE retry_writes (m text)`));
    const write = app.db.execute(sql.raw(`INSERT INTO retry_writes SELECT '${marker}' FROM pg_sleep(1.5)`)).then((r) => r);
    await killWhenRunning(marker);
    await expect(write).rejects.toBeTruthy();
    const rows = rowsOf<{ n: number }>(await app.db.execute(sql.raw(`SELECT count(*)::int AS n FROM retry_writes WHERE m = '${marker}'`)));
    expect(Number(rows[0].n)).toBe(0);
    await app.db.execute(sql.raw(`DROP TABLE retry_writes`));
  });
});
