// Whether the database is reachable, as this process last saw it (issue 16). A query that fails on a
// lost connection (after its one retry) marks the database down; a probe then runs every second until
// the database answers. While down, the HTTP server answers 503 with Retry-After at once instead of
// rendering every request into the same failure (and a stack trace) — see scripts/lib/http-server.ts.
// Kept on globalThis: the server script and the Next.js bundles load their own copies of this module.

export const RETRY_AFTER_S = 5;
const PROBE_EVERY_MS = 1_000;

type State = { downSince: number | null; lastError: string | null; probe: NodeJS.Timeout | null };
const g = globalThis as unknown as { __skillflowDbAvailability?: State };
const state = (g.__skillflowDbAvailability ??= { downSince: null, lastError: null, probe: null });

export function databaseDown(): boolean {
  return state.downSince !== null;
}

export function databaseStatus(): { down: boolean; downSince: number | null; lastError: string | null } {
  return { down: state.downSince !== null, downSince: state.downSince, lastError: state.lastError };
}

/** Marks the database down (once per outage) and probes with `probe` until it succeeds. */
export function markDatabaseDown(error: unknown, probe: () => Promise<unknown>, log: (msg: string) => void = (m) => console.warn(m)): void {
  state.lastError = error instanceof Error ? error.message : String(error);
  if (state.downSince !== null) return;
  state.downSince = Date.now();
  log(`[db] unreachable (${state.lastError}); answering 503 until it is back`);
  const tick = () => {
    probe().then(
      () => {
        const downMs = Date.now() - (state.downSince ?? Date.now());
        markDatabaseUp();
        log(`[db] reachable again after ${downMs} ms`);
      },
      () => {
        state.probe = setTimeout(tick, PROBE_EVERY_MS);
        state.probe.unref?.();
      },
    );
  };
  state.probe = setTimeout(tick, Math.min(250, PROBE_EVERY_MS));
  state.probe.unref?.();
}

export function markDatabaseUp(): void {
  if (state.probe) clearTimeout(state.probe);
  state.probe = null;
  state.downSince = null;
}
