import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { anonymous } from "@/lib/auth/actor.types";
import { authorizePublic } from "@/lib/auth/guard";
import { handleApi } from "@/lib/http/api";
import { checkReadiness, type RunnerHeartbeat } from "@/lib/ops/readiness";
import { jobRunnerState } from "@/lib/jobs/start";
import { RETRY_AFTER_S } from "@/db/availability";

export const dynamic = "force-dynamic";

function heartbeat(): RunnerHeartbeat | undefined {
  if (process.env.JOBS_DISABLED === "1") return { disabled: true };
  const s = jobRunnerState();
  return s && !s.stopping ? { disabled: false, intervalMs: s.intervalMs, startedAt: s.startedAt, lastTickAt: s.lastTickAt } : undefined;
}

// GET /api/health/ready — may this instance take traffic: 200 when the database answers, its
// migrations are this build's and the job runner ticks; 503 with Retry-After otherwise.
export async function GET() {
  return handleApi(async () => {
    authorizePublic(anonymous, "health.read");
    const result = await checkReadiness(await getDb(), { heartbeat: heartbeat() });
    return NextResponse.json(
      { status: result.ok ? "ready" : "unavailable", checks: result.checks },
      { status: result.ok ? 200 : 503, headers: { "Cache-Control": "no-store", ...(result.ok ? {} : { "Retry-After": String(RETRY_AFTER_S) }) } },
    );
  });
}
