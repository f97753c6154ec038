// Wraps a postgres.js client for drizzle (issue 16): a read that fails because its pooled connection
// was dropped or had gone stale (a database restart, a failover, an idle-timeout on a proxy) is run
// once more on a fresh connection, and a connection failure that persists marks the database down
// (db/availability.ts). Writes are never retried here — one whose connection dropped may have
// committed — and transactions (client.begin) pass through untouched: their statements run on the
// transaction's own connection, not through this top-level `unsafe`.
import type { Sql } from "postgres";
import { isConnectionError, isRetryableRead } from "./connection-errors";
import { markDatabaseDown } from "./availability";

type Pending = PromiseLike<unknown> & { values(): PromiseLike<unknown> };
type Unsafe = (query: string, params?: unknown[], options?: unknown) => Pending;

export function withReadRetry<T extends Sql>(client: T): T {
  const unsafe = client.unsafe.bind(client) as unknown as Unsafe;
  const probe = () => client`select 1`.then(() => undefined);
  const wrapped: Unsafe = (query, params, options) => {
    const retry = isRetryableRead(query);
    const run = (values: boolean): Promise<unknown> => {
      const once = () => {
        const q = unsafe(query, params, options);
        return Promise.resolve(values ? q.values() : q);
      };
      return once()
        .catch((e) => (retry && isConnectionError(e) ? once() : Promise.reject(e)))
        .catch((e) => {
          if (isConnectionError(e)) markDatabaseDown(e, probe);
          return Promise.reject(e);
        });
    };
    // drizzle either awaits the query (objects) or calls .values() (rows as arrays); postgres.js
    // queries are lazy, so nothing runs until one of these is called.
    return {
      then: (ok, fail) => run(false).then(ok, fail),
      values: () => run(true),
    } as Pending;
  };
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop === "unsafe") return wrapped;
      return Reflect.get(target, prop, receiver);
    },
  });
}
