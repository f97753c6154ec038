// PostgreSQL connection settings from the environment, with defaults that suit one app instance on a
// small managed database (issue 16). Out-of-range or non-numeric values fall back to the default with
// a warning instead of starting with a pool of NaN connections.
export type ConnectionSettings = {
  /** Connections in this process's pool (DB_POOL_SIZE). */
  poolSize: number;
  /** Seconds to wait for a new connection before the query fails (DB_CONNECT_TIMEOUT_S). */
  connectTimeoutS: number;
  /** Server-side limit for one statement, in ms (DB_STATEMENT_TIMEOUT_MS; 0 = none). */
  statementTimeoutMs: number;
  /** Seconds an idle pooled connection is kept (DB_IDLE_TIMEOUT_S). */
  idleTimeoutS: number;
};

export const defaultConnectionSettings: ConnectionSettings = { poolSize: 10, connectTimeoutS: 5, statementTimeoutMs: 15_000, idleTimeoutS: 60 };

const bounds: Record<keyof ConnectionSettings, { env: string; min: number; max: number }> = {
  poolSize: { env: "DB_POOL_SIZE", min: 1, max: 200 },
  connectTimeoutS: { env: "DB_CONNECT_TIMEOUT_S", min: 1, max: 120 },
  statementTimeoutMs: { env: "DB_STATEMENT_TIMEOUT_MS", min: 0, max: 3_600_000 },
  idleTimeoutS: { env: "DB_IDLE_TIMEOUT_S", min: 0, max: 86_400 },
};

export function connectionSettings(env: Record<string, string | undefined> = process.env, warn: (m: string) => void = console.warn): ConnectionSettings {
  const out = { ...defaultConnectionSettings };
  for (const key of Object.keys(bounds) as (keyof ConnectionSettings)[]) {
    const { env: name, min, max } = bounds[key];
    const raw = env[name];
    if (raw === undefined || raw.trim() === "") continue;
    const n = Number(raw);
    if (Number.isInteger(n) && n >= min && n <= max) out[key] = n;
    else warn(`${name}=${JSON.stringify(raw)} is not a whole number in [${min}, ${max}]; using ${out[key]}`);
  }
  return out;
}
