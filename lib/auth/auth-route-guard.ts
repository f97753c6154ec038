import { NextResponse, type NextRequest } from "next/server";

type Handler = (request: NextRequest) => Promise<Response>;

const callbackCookies = ["authjs.callback-url", "__Secure-authjs.callback-url"];

/** A callback URL Auth.js may follow: an http(s) URL or path on this very origin. */
export function isSameOriginCallback(raw: string, origin: string): boolean {
  try {
    const url = new URL(raw, origin);
    return url.origin === origin && /^https?:$/.test(url.protocol) && !url.pathname.startsWith("//");
  } catch {
    return false;
  }
}

/**
 * Wraps Auth.js's own /api/auth/* handlers (issue 12 defect 2). Auth.js answers 500 to a callback
 * URL it cannot use (`javascript:`), in the query or in its callback-url cookie, because it treats
 * that as a server misconfiguration. Such requests are hostile input: a page request goes back to
 * the sign-in page, anything else gets 400, and the bad cookie is cleared. Any other 5xx Auth.js
 * still produces for a request is logged by Auth.js and answered 400, never passed on as a 500.
 */
export function guardAuthRoute(handler: Handler): Handler {
  return async (request) => {
    const url = new URL(request.url);
    const origin = url.origin;
    const param = url.searchParams.get("callbackUrl");
    const badCookies = callbackCookies.filter((name) => {
      const v = request.cookies.get(name)?.value;
      return v !== undefined && !isSameOriginCallback(v, origin);
    });
    if ((param !== null && !isSameOriginCallback(param, origin)) || badCookies.length) {
      const response =
        request.method === "GET"
          ? NextResponse.redirect(new URL("/sign-in", origin), 303)
          : NextResponse.json({ error: { code: "invalid_input", message: "errors.invalid_input" } }, { status: 400 });
      for (const name of badCookies) response.cookies.delete(name);
      return response;
    }
    let response: Response;
    try {
      response = await handler(request);
    } catch {
      return NextResponse.json({ error: { code: "invalid_input", message: "errors.invalid_input" } }, { status: 400 });
    }
    if (response.status >= 500) {
      return NextResponse.json({ error: { code: "invalid_input", message: "errors.invalid_input" } }, { status: 400 });
    }
    return response;
  };
}
