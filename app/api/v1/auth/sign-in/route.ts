import { NextResponse } from "next/server";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";
import { readJson } from "@/lib/http/api";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/api";

/**
 * JSON sign-in for API clients: 200 with the session cookie, 401 for wrong credentials (the same
 * answer for unknown emails), 429 with Retry-After once the account or address is over its limit.
 */
export async function POST(request: Request) {
  try {
    const body = (await readJson(request)) as { email?: unknown; password?: unknown } | null;
    await signIn("credentials", { email: body?.email, password: body?.password, redirect: false });
    return NextResponse.json({ ok: true }, { headers: { "Cache-Control": "private, no-store" } });
  } catch (e) {
    if (e instanceof AuthError) {
      const code = (e as AuthError & { code?: string }).code;
      if (code === "rate_limited") return errorResponse(new AppError("rate_limited", "auth.rateLimited", {}, { retryAfter: 900 }));
      return errorResponse(new AppError("unauthenticated", "auth.invalidCredentials"));
    }
    return errorResponse(e);
  }
}
