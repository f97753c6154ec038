// Seeds the demo programme into the configured database (migrating first). Used by `npm run demo`.
import { getHandle } from "@/db/client";
import { migrate } from "@/db/migrate";
import { isDemoSeeded, seedDemo } from "@/db/seed/demo";
import { printDemoAccounts } from "./lib/demo-accounts";

const handle = await getHandle();
await migrate(handle);
if (await isDemoSeeded(handle.db)) {
  console.log("demo data already present");
} else {
  const t0 = Date.now();
  const summary = await seedDemo(handle.db);
  console.log(`seeded the demo in ${Date.now() - t0} ms:`, summary.counts);
}
await handle.close();
printDemoAccounts();
