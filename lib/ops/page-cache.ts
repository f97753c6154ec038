// The public-page cache of the production server (issue 16, ADR 013): the anonymous home page, board
// and need pages and the public impact page are the traffic peaks (newsletters, newspapers), and
// they are the same for every anonymous reader in one language. A response rendered once is kept
// for a short time (PAGE_CACHE_TTL_MS, default 10 s) and dropped at once when this instance handles
// any write (a POST/PUT/PATCH/DELETE: a need published, edited, filled or closed); other instances
// see the change within the TTL. Signed-in requests never read or fill it.
import { chooseLocale } from "@/i18n/choose-locale";
import { BROWSER_TIME_ZONE_COOKIE } from "@/lib/i18n/time-zone-cookie";

export type CachedPage = { status: number; headers: [string, string | string[]][]; body: Buffer; gzip: Buffer | null; storedAt: number };

const uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const publicPaths = [/^\/$/, /^\/needs$/, new RegExp(`^/needs/${uuid}$`, "i"), /^\/impact$/];

/**
 * Whether a request may be served from (and fill) the cache: an anonymous GET of a public page as a
 * document — not the router's flight requests (RSC / prefetch headers, `_rsc` query), which answer
 * with a different body for the same URL.
 */
export function isCacheableRequest(method: string | undefined, url: string, headers: Record<string, string | string[] | undefined>): boolean {
  if (method !== "GET") return false;
  const [path, query = ""] = url.split("?");
  if (!publicPaths.some((p) => p.test(path))) return false;
  if (
    headers["rsc"] !== undefined ||
    headers["next-router-prefetch"] !== undefined ||
    headers["next-router-state-tree"] !== undefined ||
    /(?:^|&)_rsc=/.test(query)
  )
    return false;
  if (headers["next-action"] !== undefined) return false;
  const cookieHeader = typeof headers.cookie === "string" ? headers.cookie : undefined;
  // Any Auth.js cookie (session, CSRF, callback) means a person mid-sign-in or signed in: render for them.
  return !/(?:^|;\s*)(?:__Secure-|__Host-)?authjs\./.test(cookieHeader ?? "");
}

/**
 * The cache key: the URL (query included: board searches are shareable URLs) and everything else a
 * page is rendered for: the language exactly as i18n/request.ts chooses it (the switcher's cookie, else
 * the browser's Accept-Language), and the browser's time zone (times of day are shown in it, ADR 011).
 */
export function cacheKey(url: string, cookieHeader: string | undefined, acceptLanguage?: string | null): string {
  const cookie = (name: string) => new RegExp(`(?:^|;\\s*)${name}=([^;]*)`).exec(cookieHeader ?? "")?.[1];
  const locale = chooseLocale(cookie("NEXT_LOCALE"), acceptLanguage);
  const zone = decodeURIComponent(cookie(BROWSER_TIME_ZONE_COOKIE) ?? "").slice(0, 64);
  return `${locale}|${zone}|${url}`;
}

/**
 * Entries are fresh for `ttlMs`, then stale for `staleMs` more: a stale page is served only while
 * another request re-renders it (so an expiry under load costs one render, not one per connection).
 * A write drops everything, stale included.
 */
export class PageCache {
  private entries = new Map<string, CachedPage>();
  constructor(
    private ttlMs: number,
    private maxEntries = 500,
    private now: () => number = Date.now,
    private staleMs = 60_000,
  ) {}

  get(key: string): CachedPage | undefined {
    const hit = this.lookup(key);
    return hit?.fresh ? hit.page : undefined;
  }

  lookup(key: string): { page: CachedPage; fresh: boolean } | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    const age = this.now() - hit.storedAt;
    if (age >= this.ttlMs + this.staleMs) {
      this.entries.delete(key);
      return undefined;
    }
    return { page: hit, fresh: age < this.ttlMs };
  }

  set(key: string, page: Omit<CachedPage, "storedAt">): void {
    if (this.ttlMs <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, { ...page, storedAt: this.now() });
    // Oldest first out: board searches have an unbounded key space.
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  invalidate(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
