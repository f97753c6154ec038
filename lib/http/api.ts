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
    const headers: Record<string, string> = { "Cache-Control": "private, no-store" };
    if (e.code === "rate_limited" && e.details.retryAfter) headers["Retry-After"] = String(e.details.retryAfter);
    return NextResponse.json({ error: { code: e.code, message: e.messageKey, fieldErrors: e.fieldErrors } }, { status: e.status, headers });
  }
  throw e;
}

/**
 * The one shape of a route handler (docs/development.md): run the use case; answer its result as JSON,
 * or pass through a Response it built (a file, a calendar, CSV); turn an AppError into its status with
 * `mapError` first deciding what a refusal may reveal (e.g. 404 instead of 403 for a document).
 */
export async function handleApi(
  fn: () => Promise<unknown>,
  opts: { status?: number; headers?: Record<string, string>; mapError?: (e: unknown) => unknown } = {},
): Promise<NextResponse | Response> {
  try {
    const body = await fn();
    if (body instanceof Response) return body;
    return NextResponse.json(body ?? { ok: true }, { status: opts.status ?? 200, headers: { "Cache-Control": "private, no-store", ...opts.headers } });
  } catch (e) {
    return errorResponse(opts.mapError ? opts.mapError(e) : e);
  }
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("invalid_input", "errors.invalid_json");
  }
}
