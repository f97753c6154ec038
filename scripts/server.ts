// The production server without migrating or building first (the e2e runner and bench:web prepare
// those themselves): `tsx scripts/server.ts [port] [hostname]`. `npm start` migrates, builds, then runs this.
import { startHttpServer } from "./lib/http-server";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const hostname = process.argv[3] ?? "0.0.0.0"; // not $HOSTNAME: shells and containers set it to the machine name
await startHttpServer({ port, hostname }).catch((e: unknown) => {
  console.error(`server failed to start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
