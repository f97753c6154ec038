// Runs every periodic job task once and drains the queue (cron, CI, the e2e runner). With PGlite,
// stop the dev server first: an embedded database has one process at a time.
import { getHandle } from "@/db/client";
import { runOnce } from "@/lib/jobs/run";
import { describeDatabase } from "./lib/env";

const handle = await getHandle();
const result = await runOnce(handle.db);
console.log(`jobs on ${describeDatabase()}: ${result.ran} ran, ${result.failed} failed${result.kinds.length ? ` (${result.kinds.join(", ")})` : ""}`);
await handle.close();
process.exitCode = result.failed ? 1 : 0;
