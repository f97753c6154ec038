// Route handlers have one shape (docs/development.md): each exported method goes through handleApi,
// so authentication errors, AppErrors and a lost database answer the same way everywhere. Auth.js's
// own routes are the exception: guardAuthRoute wraps them (issue 12).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? routeFiles(p) : name === "route.ts" ? [p] : [];
  });
}

const files = routeFiles("app/api").map((f) => f.split(path.sep).join("/"));

describe("route handlers", () => {
  it("finds the handlers", () => expect(files.length).toBeGreaterThan(10));

  it.each(files)("%s answers through handleApi", (file) => {
    const source = readFileSync(file, "utf8");
    const methods = [...source.matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
    if (file.startsWith("app/api/auth/")) {
      expect(source).toMatch(/guardAuthRoute\(handlers\.GET\)/);
      return;
    }
    expect(methods.length).toBeGreaterThan(0);
    // Either the handler calls handleApi itself or delegates to a lib/http helper that does.
    expect(source).toMatch(/handleApi\(|impactCsvResponse\(/);
    expect(source).not.toMatch(/errorResponse\(/);
  });
});
