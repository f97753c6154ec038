import { appBaseUrl } from "@/lib/email/config";

/**
 * A JSON request sent by this app's own pages or by an API client, not a cross-site form (issue 12
 * defect 3, login CSRF): the body must be declared application/json, which a form cannot send
 * without a CORS preflight, and an Origin header, which browsers always send on cross-site POSTs,
 * must name this origin (the request's own, or APP_URL's).
 */
export function isSameOriginJsonRequest(request: Request): boolean {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json") return false;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const allowed = new Set<string>();
  try {
    allowed.add(new URL(request.url).origin);
    allowed.add(new URL(appBaseUrl()).origin);
  } catch {
    return false;
  }
  return allowed.has(origin);
}
