// Issue 16: a JSON endpoint whose database went away answers 503 with Retry-After, not a 500.
import { describe, expect, it } from "vitest";
import { handleApi } from "@/lib/http/api";
import { AppError } from "@/lib/errors";

describe("handleApi", () => {
  it("answers 503 with Retry-After when the database connection is lost", async () => {
    const lost = new Error("Failed query: select …", { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }) });
    const res = await handleApi(() => Promise.reject(lost));
    expect(res.status).toBe(503);
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
    const body = await res.json();
    expect(body).toEqual({ error: { code: "unavailable", message: "errors.unavailable" } });
    expect(JSON.stringify(body)).not.toContain("5432");
  });

  it("still maps AppErrors and lets real bugs through", async () => {
    expect((await handleApi(() => Promise.reject(new AppError("not_found")))).status).toBe(404);
    await expect(handleApi(() => Promise.reject(new TypeError("bug")))).rejects.toThrow("bug");
  });
});
