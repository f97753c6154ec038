import { NextResponse } from "next/server";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";
import { errorResponse, readJson } from "@/lib/http/api";
import { isSameOriginJsonRequest } from "@/lib/http/same-origin";
import { AppError } from "@/lib/errors";
import { signInSchema } from "@/lib/validation/auth";

/**
 * JSON sign-in for API clients: 200 with the session cookie, 401 for wrong credentials (the same
 * answer for unknown emails), 403 for an unverified address or a request that is not same-origin
 * JSON (login CSRF), 429 with Retry-After once the account or address is over its limit.
 */
export async function POST(request: Request) {
  if (!isSameOriginJsonRequest(request)) return errorResponse(new AppError("forbidden", "errors.forbidden"));
  try {
    const body = signInSchema.safeParse(await readJson(request));
    if (!body.success) throw new AppError("unauthenticated", "auth.invalidCredentials");
    await signIn("credentials", { email: body.data.email, password: body.data.password, redirect: false });
    return NextResponse.json({ ok: true }, { headers: { "Cache-Control": "private, no-store" } });
  } catch (e) {
    if (e instanceof AuthError) {
      const code = (e as AuthError & { code?: string }).code;
      if (code === "rate_limited") return errorResponse(new AppError("rate_limited", "auth.rateLimited", {}, { retryAfter: 900 }));
      if (code === "unverified") return errorResponse(new AppError("forbidden", "auth.unverified"));
      return errorResponse(new AppError("unauthenticated", "auth.invalidCredentials"));
    }
    return errorResponse(e);
  }
}
