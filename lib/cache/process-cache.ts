// A per-process cache for data that does not change while the process runs (reference tables filled
// by migrations and seeds) or changes rarely and only through one use case (platform settings).
// Every entry can be dropped explicitly; an optional time-to-live bounds how stale another instance's
// copy can be when the write happened elsewhere (several instances on one database, issue 16).
// A failed load is not cached: the next call tries the database again.

type Entry = { value: Promise<unknown>; expires: number };

const globalCache = globalThis as unknown as { __skillflowProcessCache?: Map<string, Entry> };
const entries = (globalCache.__skillflowProcessCache ??= new Map());

export function cached<T>(key: string, load: () => Promise<T>, ttlMs = Infinity): Promise<T> {
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && hit.expires > now) return hit.value as Promise<T>;
  const value = load();
  entries.set(key, { value, expires: now + ttlMs });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}

/** Drops every entry whose key starts with `prefix` (all entries without one). */
export function invalidateCached(prefix = ""): void {
  for (const key of [...entries.keys()]) if (key.startsWith(prefix)) entries.delete(key);
}
