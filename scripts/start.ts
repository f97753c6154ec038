// `npm start`: migrate, build if needed, serve. No demo data, no demo accounts.
import { openMaintenanceHandle } from "@/db/client";
import { migrate } from "@/db/migrate";
import { ensureAuthSecret, describeDatabase } from "./lib/env";
import { buildIfNeeded, serve } from "./lib/serve";
import { defaultAppUrlForPort } from "@/lib/http/app-url";

process.env.NEXT_TELEMETRY_DISABLED = "1";
ensureAuthSecret();
const handle = await openMaintenanceHandle();
await migrate(handle);
await handle.close();
console.log(`database: ${describeDatabase()}`);
await buildIfNeeded();
const port = process.env.PORT ?? "3000";
// Behind a host name set APP_URL; locally the links name this port.
defaultAppUrlForPort(process.env, port);
await serve(port);
