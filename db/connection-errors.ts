// Which failures mean "the connection or the server went away" rather than "this query is wrong":
// postgres.js's own codes for a lost or refused socket, the OS's, and SQLSTATE class 08
// (connection exception) and 57P01–57P03 (the server shutting down or starting). These are the
// failures a retry on a fresh connection can cure and that make the app answer 503 (issue 16).
const codes = new Set([
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "57P01",
  "57P02",
  "57P03",
]);

export function isConnectionError(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && typeof cur === "object" && depth < 4; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === "string" && (codes.has(code) || code.startsWith("08"))) return true;
    if (Array.isArray((cur as { errors?: unknown }).errors)) return (cur as { errors: unknown[] }).errors.some(isConnectionError);
    cur = (cur as { cause?: unknown }).cause; // drizzle wraps driver errors ("Failed query: …")
  }
  return false;
}

/**
 * A statement that only reads, so running it twice is harmless: SELECT/WITH/SHOW/VALUES without a
 * data-modifying clause or a function with side effects. Everything else is never retried: a write
 * whose connection dropped may have committed.
 */
export function isRetryableRead(query: string): boolean {
  if (!/^\s*(select|with|show|values)\b/i.test(query)) return false;
  return !/\b(insert|update|delete|merge|nextval|setval|pg_advisory\w*|set_config|pg_notify|lo_\w+)\b/i.test(query);
}
