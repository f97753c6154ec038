import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";
import { handleApi, readJson } from "@/lib/http/api";
import { isSameOriginJsonRequest } from "@/lib/http/same-origin";
import { AppError } from "@/lib/errors";
import { signInSchema } from "@/lib/validation/auth";

/** Auth.js reports a refused sign-in as an AuthError with a code; API clients get the AppError for it. */
function signInRefusal(e: unknown): unknown {
  if (!(e instanceof AuthError)) return e;
  const code = (e as AuthError & { code?: string }).code;
  if (code === "rate_limited") return new AppError("rate_limited", "auth.rateLimited", {}, { retryAfter: 900 });
  if (code === "unverified") return new AppError("forbidden", "auth.unverified");
  return new AppError("unauthenticated", "auth.invalidCredentials");
}

/**
 * JSON sign-in for API clients: 200 with the session cookie, 401 for wrong credentials (the same
 * answer for unknown emails and malformed bodies), 403 for an unverified address or a request that
 * is not same-origin JSON (login CSRF), 429 with Retry-After once the account or address is over its limit.
 */
export async function POST(request: Request) {
  return handleApi(
    async () => {
      if (!isSameOriginJsonRequest(request)) throw new AppError("forbidden", "errors.forbidden");
      const body = signInSchema.safeParse(await readJson(request));
      if (!body.success) throw new AppError("unauthenticated", "auth.invalidCredentials");
      await signIn("credentials", { email: body.data.email, password: body.data.password, redirect: false });
      return { ok: true };
    },
    { mapError: signInRefusal },
  );
}
