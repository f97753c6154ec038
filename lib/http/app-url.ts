// The one public origin every absolute link is built from: calendar feeds, .ics event URLs, email
// links, invitations. A request's Host header is not trusted for this (it can be forged, and jobs
// have no request), so the origin is configuration.

/** Thrown at first use when production runs without APP_URL: a wrong link is worse than no start. */
export class MissingAppUrlError extends Error {
  constructor() {
    super("APP_URL must be set in production (the public origin, e.g. https://skillflow.example.org)");
    this.name = "MissingAppUrlError";
  }
}

/**
 * APP_URL (scheme, host, optional port; a trailing slash or path is dropped). Outside production it
 * falls back to http://localhost:PORT, which is also what `npm run demo` / `npm start` set it to.
 */
export function appUrl(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.APP_URL?.trim();
  if (configured) return new URL(configured).origin;
  if (env.NODE_ENV === "production") throw new MissingAppUrlError();
  return `http://localhost:${env.PORT?.trim() || "3000"}`;
}

/** An absolute URL for an app path ("/volunteer/offers"). */
export function absoluteUrl(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return new URL(path, appUrl(env) + "/").toString();
}

/** What `demo` / `start` / the e2e runner do before starting the server: derive APP_URL from the port. */
export function defaultAppUrlForPort(env: NodeJS.ProcessEnv, port: string, host = "localhost"): void {
  if (!env.APP_URL?.trim()) env.APP_URL = `http://${host}:${port}`;
}

/**
 * APP_URL's origin when it is set, else null — never throws. For what is decided while modules load
 * (secure cookies, HSTS), where a missing APP_URL is reported by the start-up check instead.
 */
export function configuredOrigin(env: NodeJS.ProcessEnv = process.env): string | null {
  try {
    const configured = env.APP_URL?.trim();
    return configured ? new URL(configured).origin : null;
  } catch {
    return null;
  }
}
