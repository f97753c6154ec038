import { appUrl } from "@/lib/http/app-url";

/**
 * A JSON request sent by this app's own pages or by an API client, not a cross-site form (issue 12
 * defect 3, login CSRF): the body must be declared application/json, which a cross-site form cannot
 * send without a CORS preflight, and the Origin header, which browsers send on every cross-site
 * POST, must name this host. Like Next.js's own server-action check, the Origin's host is compared
 * with the Host (or X-Forwarded-Host) the browser addressed; APP_URL's host is accepted too.
 */
export function isSameOriginJsonRequest(request: Request): boolean {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json") return false;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  let originHost: string;
  try {
    const parsed = new URL(origin);
    if (!/^https?:$/.test(parsed.protocol)) return false;
    originHost = parsed.host;
  } catch {
    return false;
  }
  const allowed = new Set<string>();
  for (const h of [request.headers.get("x-forwarded-host"), request.headers.get("host")]) {
    const first = h?.split(",")[0]?.trim();
    if (first) allowed.add(first.toLowerCase());
  }
  try {
    allowed.add(new URL(appUrl()).host);
    allowed.add(new URL(request.url).host);
  } catch {
    /* keep what we have */
  }
  return allowed.has(originHost.toLowerCase());
}
