import { NextResponse } from "next/server";
import { anonymous } from "@/lib/auth/actor.types";
import { authorizePublic } from "@/lib/auth/guard";
import { handleApi } from "@/lib/http/api";

// GET /api/health/live — the process is up and its event loop answers. Touches nothing else, so a
// database outage never gets an instance restarted (that is what /api/health/ready is for).
export function GET() {
  return handleApi(async () => {
    authorizePublic(anonymous, "health.read");
    return NextResponse.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  });
}
