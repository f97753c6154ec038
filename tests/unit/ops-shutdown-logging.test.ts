// Issue 16: graceful shutdown on a real node:http server, and what the request log records.
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { gracefulShutdown } from "@/lib/ops/shutdown";
import { actorPseudonym, requestContext, routeForLog, noteRequestActor } from "@/lib/ops/request-context";
import { unavailablePage } from "@/scripts/lib/unavailable-page";

function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, agent: false }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("graceful shutdown", () => {
  it("stops taking requests, lets the one in flight finish, then stops jobs and closes the pool, in that order", async () => {
    const order: string[] = [];
    const server: Server = createServer((req, res) => {
      if (req.url === "/slow") setTimeout(() => (order.push("slow request answered"), res.end("done")), 300);
      else res.end("ok");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    const shutdown = gracefulShutdown({
      server,
      onDraining: () => order.push("draining"),
      stopJobs: async () => void order.push("jobs stopped"),
      closeDb: async () => void order.push("pool closed"),
      graceMs: 5_000,
    });
    const slow = get(port, "/slow");
    await new Promise((r) => setTimeout(r, 50)); // the slow request is in flight
    const done = shutdown();
    expect(shutdown()).toBe(done); // a second signal does not start a second shutdown
    await expect(get(port, "/")).rejects.toMatchObject({ code: "ECONNREFUSED" });
    expect(await slow).toEqual({ status: 200, body: "done" });
    await done;
    expect(order).toEqual(["draining", "slow request answered", "jobs stopped", "pool closed"]);
  });

  it("does not wait past the grace period for a request that never ends", async () => {
    const server = createServer(() => {}); // never answers
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    const hanging = get(port, "/").catch((e) => e);
    await new Promise((r) => setTimeout(r, 50));
    let closed = false;
    const t0 = Date.now();
    await gracefulShutdown({ server, stopJobs: async () => {}, closeDb: async () => void (closed = true), graceMs: 200 })();
    expect(Date.now() - t0).toBeLessThan(3_000);
    expect(closed).toBe(true);
    expect(await hanging).toBeInstanceOf(Error); // its connection was closed
  });
});

describe("request log fields", () => {
  it("masks ids and tokens in routes", () => {
    expect(routeForLog("/needs/0b6f3c5e-8d0a-4a55-9a51-2f5d3c1f9b10")).toBe("/needs/:id");
    expect(routeForLog("/organization/invites/Zx9_abcdefghijklmnopqrstuvwxyz012345")).toBe("/organization/invites/:param");
    expect(routeForLog("/api/v1/needs")).toBe("/api/v1/needs");
  });

  it("names the actor by a stable pseudonym, never the id", async () => {
    const a = actorPseudonym("user-1", "s1");
    expect(a).toBe(actorPseudonym("user-1", "s1"));
    expect(a).not.toBe(actorPseudonym("user-2", "s1"));
    expect(a).not.toBe(actorPseudonym("user-1", "s2"));
    expect(a).not.toContain("user-1");
    const ctx = { requestId: "req-12345678" } as { requestId: string; actor?: string };
    await requestContext.run(ctx, async () => {
      await Promise.resolve();
      noteRequestActor("user-1");
    });
    expect(ctx.actor).toBe(actorPseudonym("user-1"));
  });
});

describe("the 503 page", () => {
  it("says so in English, Marathi and Hindi", () => {
    const html = unavailablePage();
    for (const lang of ["en", "mr", "hi"]) expect(html).toContain(`<section lang="${lang}">`);
    expect(html).toContain("unavailable for a moment");
  });
});
