// Runs before every page: security headers with a per-request CSP nonce, no-store for pages, and an
// optimistic redirect to sign-in for signed-in areas. NOT an authorization layer: every use case
// authorises again where the data is (CONVENTIONS). Must stay DB-free.
// The redirect looks only for the session cookie: running Auth.js here decrypted and re-encrypted the
// cookie on every request (issue 16), and pages check the session itself anyway (requirePageActor).
import { NextResponse, type NextRequest } from "next/server";
import { hasSessionCookie } from "@/lib/auth/session-cookie";
import { configuredOrigin } from "@/lib/http/app-url";

const signedInAreas = ["/dashboard", "/account", "/admin", "/volunteer", "/organization", "/coordinator", "/inbox"];

function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV !== "production";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!hasSessionCookie(request.cookies) && signedInAreas.some((p) => pathname === p || pathname.startsWith(p + "/"))) {
    const url = new URL("/sign-in", request.nextUrl);
    url.searchParams.set("next", pathname + search);
    return NextResponse.redirect(url);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  // HSTS only when the app is served over HTTPS (issue 12): on plain HTTP it would be ignored.
  if (configuredOrigin()?.startsWith("https://") || request.nextUrl.protocol === "https:") {
    response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
  // A flash message (lib/http/flash.ts) is shown by this page render: clear it so it is said once,
  // also without JavaScript. Prefetches are not shown to anyone and leave it alone.
  if (request.method === "GET" && request.cookies.has("sf_flash") && !request.headers.has("next-router-prefetch")) {
    response.cookies.set("sf_flash", "", { path: "/", maxAge: 0 });
  }
  // Pages carry the signed-in person's name and data: never stored by shared caches.
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

export const config = {
  matcher: ["/((?!api/auth|_next/static|_next/image|favicon.ico|fonts/).*)"],
};
