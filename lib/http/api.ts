import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { isConnectionError } from "@/db/connection-errors";
import { RETRY_AFTER_S } from "@/db/availability";

/**
 * Route handlers: AppError → JSON with its HTTP status; the body says what, never internals. A lost
 * database (after the read retry, db/retrying-client.ts) is a 503 the client may retry, not a 500.
 */
export function errorResponse(e: unknown): NextResponse {
  if (isConnectionError(e)) {
    return NextResponse.json(
      { error: { code: "unavailable", message: "errors.unavailable" } },
      { status: 503, headers: { "Retry-After": String(RETRY_AFTER_S), "Cache-Control": "no-store" } },
    );
  }
  if (e instanceof AppError) {
    const headers: Record<string, string> = {};
    if (e.code === "rate_limited" && e.details.retryAfter) headers["Retry-After"] = String(e.details.retryAfter);
    return NextResponse.json(
      { error: { code: e.code, message: e.messageKey, fieldErrors: e.fieldErrors } },
      { status: e.status, headers },
    );
  }
  throw e;
}

export async function handleApi(fn: () => Promise<unknown>, status = 200): Promise<NextResponse> {
  try {
    const body = await fn();
    return NextResponse.json(body ?? { ok: true }, { status, headers: { "Cache-Control": "private, no-store" } });
  } catch (e) {
    return errorResponse(e);
  }
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("invalid_input", "errors.invalid_json");
  }
}
