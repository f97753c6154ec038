// Issue 16: which requests the public-page cache may answer, and how entries expire and are dropped.
import { describe, expect, it } from "vitest";
import { cacheKey, isCacheableRequest, PageCache } from "@/lib/ops/page-cache";

const id = "0b6f3c5e-8d0a-4a55-9a51-2f5d3c1f9b10";

describe("cacheable requests", () => {
  it("anonymous GETs of the home page, board, need pages and public impact page", () => {
    for (const url of ["/", "/needs", "/needs?q=paediatric&page=2", `/needs/${id}`, "/impact"]) expect(isCacheableRequest("GET", url, {}), url).toBe(true);
    expect(isCacheableRequest("GET", "/needs", { cookie: "NEXT_LOCALE=mr" })).toBe(true);
  });

  it("never signed-in or signing-in readers, writes, flight requests or other pages", () => {
    expect(isCacheableRequest("GET", "/needs", { cookie: "NEXT_LOCALE=mr; authjs.session-token=abc" })).toBe(false);
    expect(isCacheableRequest("GET", "/needs", { cookie: "__Secure-authjs.session-token=abc" })).toBe(false);
    expect(isCacheableRequest("GET", "/needs", { cookie: "authjs.csrf-token=abc" })).toBe(false);
    expect(isCacheableRequest("POST", "/needs", {})).toBe(false);
    expect(isCacheableRequest("HEAD", "/needs", {})).toBe(false);
    expect(isCacheableRequest("GET", "/needs", { rsc: "1" })).toBe(false);
    expect(isCacheableRequest("GET", "/needs?_rsc=x1y2", {})).toBe(false);
    expect(isCacheableRequest("GET", "/needs", { "next-router-prefetch": "1" })).toBe(false);
    expect(isCacheableRequest("GET", `/needs/${id}`, { "next-action": "abc" })).toBe(false);
    for (const url of ["/volunteer/needs", "/dashboard", "/needs/not-an-id", "/api/v1/needs", "/sign-in"])
      expect(isCacheableRequest("GET", url, {}), url).toBe(false);
  });

  it("keys by URL and language", () => {
    expect(cacheKey("/needs", "NEXT_LOCALE=mr")).not.toBe(cacheKey("/needs", "NEXT_LOCALE=hi"));
    // A first visit follows Accept-Language (i18n/choose-locale.ts): a Marathi browser must not get the English page.
    expect(cacheKey("/needs", undefined, "mr-IN,mr;q=0.9")).toBe(cacheKey("/needs", "NEXT_LOCALE=mr"));
    expect(cacheKey("/needs", undefined, "mr-IN,mr;q=0.9")).not.toBe(cacheKey("/needs", undefined, "en-US"));
    expect(cacheKey("/needs", "NEXT_LOCALE=en", "mr")).toBe(cacheKey("/needs", undefined, "en-GB"));
    // Times of day are shown in the browser's zone.
    expect(cacheKey("/needs", "tz=America%2FChicago")).not.toBe(cacheKey("/needs", "tz=Asia%2FKolkata"));
    expect(cacheKey("/needs", undefined)).toBe(cacheKey("/needs", "other=1"));
    expect(cacheKey("/needs?q=a", undefined)).not.toBe(cacheKey("/needs?q=b", undefined));
  });
});

describe("PageCache", () => {
  const page = (text: string) => ({ status: 200, headers: [], body: Buffer.from(text), gzip: null });

  it("serves an entry until its time is up", () => {
    let now = 0;
    const cache = new PageCache(10_000, 10, () => now);
    cache.set("a", page("A"));
    now = 9_999;
    expect(cache.get("a")?.body.toString()).toBe("A");
    now = 10_000;
    expect(cache.get("a")).toBeUndefined();
  });

  it("keeps an expired entry as stale for a while (served only during a re-render), never after a write", () => {
    let now = 0;
    const cache = new PageCache(10_000, 10, () => now, 60_000);
    cache.set("a", page("A"));
    now = 30_000;
    expect(cache.get("a")).toBeUndefined();
    expect(cache.lookup("a")).toMatchObject({ fresh: false });
    now = 70_000;
    expect(cache.lookup("a")).toBeUndefined();
    cache.set("b", page("B"));
    now = 85_000;
    expect(cache.lookup("b")?.fresh).toBe(false);
    cache.invalidate();
    expect(cache.lookup("b")).toBeUndefined();
  });

  it("drops everything on invalidate, and the oldest beyond its size", () => {
    const cache = new PageCache(10_000, 2);
    cache.set("a", page("A"));
    cache.set("b", page("B"));
    cache.set("c", page("C"));
    expect(cache.get("a")).toBeUndefined();
    expect(cache.size).toBe(2);
    cache.invalidate();
    expect(cache.get("b")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("stores nothing with a TTL of 0 (cache off)", () => {
    const cache = new PageCache(0);
    cache.set("a", page("A"));
    expect(cache.get("a")).toBeUndefined();
  });
});
