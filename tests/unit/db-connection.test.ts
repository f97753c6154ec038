// Issue 16: connection settings, which failures count as "the database went away", the one retry
// of a read on a dropped connection, and the down/up state that makes the server answer 503.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Sql } from "postgres";
import { connectionSettings, defaultConnectionSettings } from "@/db/connection-settings";
import { isConnectionError, isRetryableRead } from "@/db/connection-errors";
import { withReadRetry } from "@/db/retrying-client";
import { databaseDown, markDatabaseDown, markDatabaseUp } from "@/db/availability";

describe("connection settings", () => {
  it("defaults without configuration", () => {
    expect(connectionSettings({})).toEqual(defaultConnectionSettings);
  });
  it("reads each setting and falls back (with a warning) on a bad value", () => {
    const warn = vi.fn();
    const s = connectionSettings({ DB_POOL_SIZE: "25", DB_CONNECT_TIMEOUT_S: "abc", DB_STATEMENT_TIMEOUT_MS: "0", DB_IDLE_TIMEOUT_S: "-1" }, warn);
    expect(s).toEqual({
      poolSize: 25,
      connectTimeoutS: defaultConnectionSettings.connectTimeoutS,
      statementTimeoutMs: 0,
      idleTimeoutS: defaultConnectionSettings.idleTimeoutS,
    });
    expect(warn).toHaveBeenCalledTimes(2);
    expect(connectionSettings({ DB_POOL_SIZE: "2.5" }, () => {}).poolSize).toBe(defaultConnectionSettings.poolSize);
  });
});

describe("connection errors", () => {
  it("recognises lost connections, also wrapped by drizzle, and nothing else", () => {
    expect(isConnectionError({ code: "CONNECTION_CLOSED" })).toBe(true);
    expect(isConnectionError({ code: "57P01" })).toBe(true);
    expect(isConnectionError({ code: "08006" })).toBe(true);
    expect(isConnectionError(new Error("Failed query", { cause: { code: "ECONNREFUSED" } }))).toBe(true);
    expect(isConnectionError({ code: "23505" })).toBe(false);
    expect(isConnectionError({ code: "57014" })).toBe(false); // statement timeout: the query, not the connection
    expect(isConnectionError(new Error("boom"))).toBe(false);
  });
  it("retries only statements that read", () => {
    expect(isRetryableRead("select * from needs where id = $1")).toBe(true);
    expect(isRetryableRead("  WITH x AS (SELECT 1) SELECT * FROM x")).toBe(true);
    expect(isRetryableRead("with x as (update jobs set a = 1 returning *) select * from x")).toBe(false);
    expect(isRetryableRead("insert into needs values ($1)")).toBe(false);
    expect(isRetryableRead("select nextval('s')")).toBe(false);
    expect(isRetryableRead("select pg_advisory_xact_lock(1)")).toBe(false);
  });
});

/** A stand-in for postgres.js's client: `unsafe` answers from a script of outcomes, lazily like the real one. */
function fakeClient(outcomes: (unknown | Error)[]) {
  const calls: string[] = [];
  const next = () => {
    const o = outcomes.shift();
    return o instanceof Error ? Promise.reject(o) : Promise.resolve(o);
  };
  const client = Object.assign((() => Promise.resolve([])) as unknown as Sql, {
    unsafe(query: string) {
      return { then: (a: never, b: never) => (calls.push(query), next()).then(a, b), values: () => (calls.push(query), next()) };
    },
    options: { parsers: {} },
  });
  return { client: client as unknown as Sql, calls };
}
const lost = () => Object.assign(new Error("write CONNECTION_CLOSED"), { code: "CONNECTION_CLOSED" });

describe("read retry", () => {
  afterEach(() => markDatabaseUp());

  it("runs a read again once when its connection was dropped", async () => {
    const { client, calls } = fakeClient([lost(), [["row"]]]);
    const retrying = withReadRetry(client);
    await expect(retrying.unsafe("select 1", []).values()).resolves.toEqual([["row"]]);
    expect(calls).toHaveLength(2);
    expect(databaseDown()).toBe(false);
  });

  it("never runs a write twice", async () => {
    const { client, calls } = fakeClient([lost(), "second"]);
    await expect(Promise.resolve(withReadRetry(client).unsafe("update needs set title = $1", ["x"]))).rejects.toMatchObject({ code: "CONNECTION_CLOSED" });
    expect(calls).toHaveLength(1);
  });

  it("does not retry a failing query and leaves the database up", async () => {
    const { client, calls } = fakeClient([Object.assign(new Error("dup"), { code: "23505" })]);
    await expect(Promise.resolve(withReadRetry(client).unsafe("select 1"))).rejects.toMatchObject({ code: "23505" });
    expect(calls).toHaveLength(1);
    expect(databaseDown()).toBe(false);
  });

  it("marks the database down when the retry fails too", async () => {
    const { client, calls } = fakeClient([lost(), lost()]);
    await expect(Promise.resolve(withReadRetry(client).unsafe("select 1"))).rejects.toMatchObject({ code: "CONNECTION_CLOSED" });
    expect(calls).toHaveLength(2);
    expect(databaseDown()).toBe(true);
  });

  it("passes everything else through to the client", () => {
    const { client } = fakeClient([]);
    expect(withReadRetry(client).options).toBe(client.options);
  });
});

describe("availability", () => {
  afterEach(() => markDatabaseUp());

  it("stays down until the probe succeeds, then comes back up", async () => {
    vi.useFakeTimers();
    try {
      let reachable = false;
      const probe = vi.fn(() => (reachable ? Promise.resolve() : Promise.reject(new Error("down"))));
      markDatabaseDown(new Error("ECONNREFUSED"), probe, () => {});
      markDatabaseDown(new Error("again"), probe, () => {}); // one probe loop per outage
      expect(databaseDown()).toBe(true);
      await vi.advanceTimersByTimeAsync(2_500);
      expect(databaseDown()).toBe(true);
      const probesWhileDown = probe.mock.calls.length;
      expect(probesWhileDown).toBeGreaterThanOrEqual(2);
      reachable = true;
      await vi.advanceTimersByTimeAsync(1_100);
      expect(databaseDown()).toBe(false);
      await vi.advanceTimersByTimeAsync(5_000);
      expect(probe.mock.calls.length).toBe(probesWhileDown + 1); // the loop stopped
    } finally {
      vi.useRealTimers();
    }
  });
});
