// `npm run demo`: embedded database, realistic demo data, the app on http://localhost:3000 (PORT overrides).
import { openMaintenanceHandle } from "@/db/client";
import { migrate } from "@/db/migrate";
import { isDemoSeeded, seedDemo } from "@/db/seed/demo";
import { ensureAuthSecret, describeDatabase } from "./lib/env";
import { buildIfNeeded, serve } from "./lib/serve";
import { defaultAppUrlForPort } from "@/lib/http/app-url";
import { printDemoAccounts } from "./lib/demo-accounts";

process.env.NEXT_TELEMETRY_DISABLED = "1";
// Demo accounts sign in only in demo mode (lib/data/accounts/credentials.ts).
process.env.SKILLFLOW_DEMO = "1";
ensureAuthSecret();

const handle = await openMaintenanceHandle();
await migrate(handle);
if (!(await isDemoSeeded(handle.db))) {
  const t0 = Date.now();
  const summary = await seedDemo(handle.db);
  console.log(`seeded the demo programme in ${Date.now() - t0} ms:`, summary.counts);
}
// PGlite allows one process per data folder: close it before the server opens it.
await handle.close();
console.log(`database: ${describeDatabase()}`);
await buildIfNeeded();
const port = process.env.PORT ?? "3000";
// Every absolute link (calendar, email) names the address the demo really runs on.
defaultAppUrlForPort(process.env, port);
printDemoAccounts();
console.log(`SkillFlow demo on ${process.env.APP_URL}\n`);
await serve(port);
