import { appUrl } from "@/lib/http/app-url";

/**
 * A redirect target after sign-in, or null (issue 12 defect 1). Only a path on the app's own origin
 * passes: the value is parsed the way a browser would (WHATWG URL: backslashes become slashes, tabs
 * and newlines vanish), so `/\evil.example`, `/%09/evil.example` (decoded to a tab), `//evil` and
 * `javascript:` all resolve to another origin, or to a path that starts with `//`, and are refused.
 * Returns the re-serialised path, never the raw input.
 */
export function sameOriginPath(raw: unknown, origin: string = appUrl()): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2000) return null;
  if (!raw.startsWith("/")) return null;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (url.origin !== base.origin) return null;
  // "/.//evil" normalises to the path "//evil", which a browser reads as another host.
  if (url.pathname.startsWith("//") || url.pathname.includes("\\")) return null;
  return url.pathname + url.search + url.hash;
}
