import { openMaintenanceHandle } from "@/db/client";
import { migrate } from "@/db/migrate";
import { describeDatabase } from "./lib/env";

const handle = await openMaintenanceHandle();
const t0 = Date.now();
await migrate(handle);
console.log(`migrated ${describeDatabase()} in ${Date.now() - t0} ms`);
await handle.close();
