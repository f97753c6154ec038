// Issue 16: the browser gets only the messages its client components use. These checks read the
// source, so a new client component (or a new key in a form's feedback) that its page would not ship
// fails here instead of rendering a raw key in the browser.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "@/messages";
import { areaClientMessages, formFeedbackMessages, pickMessages, shellClientMessages, type ClientMessageArea } from "@/lib/i18n/client-messages";

const root = process.cwd();
type Tree = { [key: string]: string | Tree };

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : /\.(ts|tsx)$/.test(name) ? [path.relative(root, p)] : [];
  });
}
const files = ["app", "components", "lib"].flatMap((d) => walk(path.join(root, d)));
const source = new Map(files.map((f) => [f, readFileSync(path.join(root, f), "utf8")]));
const isClient = (f: string) => /^\s*["']use client["']/.test(source.get(f)!);

function resolveImport(from: string, spec: string): string | undefined {
  const base = spec.startsWith("@/") ? spec.slice(2) : spec.startsWith(".") ? path.join(path.dirname(from), spec) : undefined;
  if (!base) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((c) => source.has(c));
}

const importedBy = new Map<string, Set<string>>();
for (const [file, text] of source) {
  for (const m of text.matchAll(/from\s+"([^"]+)"/g)) {
    const target = resolveImport(file, m[1]);
    if (target) importedBy.set(target, (importedBy.get(target) ?? new Set()).add(file));
  }
}

/** The message namespaces a client file translates (useFormText's keys are checked separately). */
function namespacesOf(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/useTranslations\("([^"]+)"\)/g)) out.add(m[1]);
  if (/useTranslations\(\)/.test(text)) {
    // Whole-catalogue translators name full keys: "admin.revoke", `roles.${r}`.
    for (const m of text.matchAll(/\bt\(\s*["`]([a-zA-Z]+(?:\.[a-zA-Z]+)*)(?:\.\$\{|["`])/g)) out.add(m[1]);
  }
  return [...out];
}

/** The pages and layouts that render a file, through any chain of imports. */
function routesRendering(file: string): string[] {
  const seen = new Set([file]);
  const queue = [file];
  while (queue.length) {
    for (const parent of importedBy.get(queue.shift()!) ?? []) {
      if (seen.has(parent)) continue;
      seen.add(parent);
      queue.push(parent);
    }
  }
  return [...seen].filter((f) => /^app\/.*(page|layout|error|not-found)\.tsx$/.test(f));
}

/** The area whose ClientMessages wraps a route file: the route itself, or the nearest layout.tsx above it. */
function providerArea(route: string): ClientMessageArea | "shell" {
  const own = source.get(route)?.match(/<ClientMessages area="([^"]+)"/);
  if (own) return own[1] as ClientMessageArea;
  for (let dir = path.dirname(route); dir !== "app" && dir !== "."; dir = path.dirname(dir)) {
    const layout = source.get(path.join(dir, "layout.tsx"));
    const m = layout?.match(/<ClientMessages area="([^"]+)"/);
    if (m) return m[1] as ClientMessageArea;
  }
  return "shell";
}

const covers = (paths: readonly string[], ns: string) => paths.some((p) => ns === p || ns.startsWith(p + "."));

describe("client messages", () => {
  const clientFiles = files.filter(isClient);

  it("finds the client components to check", () => {
    expect(clientFiles.length).toBeGreaterThan(20);
    expect(namespacesOf(source.get("app/admin/users/user-row-actions.tsx")!)).toEqual(expect.arrayContaining(["admin.revoke", "roles"]));
  });

  for (const file of clientFiles) {
    const namespaces = namespacesOf(source.get(file)!);
    if (namespaces.length === 0) continue;
    it(`${file}: every page that renders it ships ${namespaces.join(", ")}`, () => {
      const routes = routesRendering(file);
      expect(routes.length, "rendered by some page").toBeGreaterThan(0);
      for (const route of routes) {
        const area = providerArea(route);
        const shipped = area === "shell" ? shellClientMessages : [...areaClientMessages[area], ...formFeedbackMessages];
        for (const ns of namespaces) {
          if (area === "shell" && ns === "errors") continue; // app/error.tsx: its three keys are listed exactly
          expect(covers(shipped, ns), `${route} (${area}) ships ${ns}`).toBe(true);
        }
      }
    });
  }

  it("ships every key a form's feedback can name (AppError keys, success messages)", () => {
    const get = (key: string) => key.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Tree)[k] : undefined), en);
    const candidates = files.filter((f) => /AppError|FormState|message:/.test(source.get(f)!));
    const missing: string[] = [];
    for (const f of candidates) {
      for (const m of source.get(f)!.matchAll(/"([a-zA-Z]+(?:\.[a-zA-Z_0-9]+)+)"/g)) {
        if (typeof get(m[1]) === "string" && !covers(formFeedbackMessages, m[1])) missing.push(`${m[1]} (${f})`);
      }
      // Keys built at run time (`placements.rules.${code}`): the whole subtree must be shipped.
      for (const m of source.get(f)!.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z_0-9]+)+)\.\$\{/g)) {
        const subtree = get(m[1]);
        if (subtree && typeof subtree === "object" && !covers(formFeedbackMessages, m[1])) missing.push(`${m[1]}.* (${f})`);
      }
    }
    // Keys rendered only on the server are allowed here when listed: none today.
    expect(missing).toEqual([]);
  });

  it("the shell ships the error page's keys and nothing else", () => {
    const picked = pickMessages(en as unknown as Tree, shellClientMessages);
    expect(picked).toEqual({
      errors: { errorTitle: en.errors.errorTitle, generic: en.errors.generic, tryAgain: en.errors.tryAgain, reference: en.errors.reference },
    });
    const errorPage = source.get("app/error.tsx")!;
    for (const m of errorPage.matchAll(/\bt\("([^"]+)"/g)) expect(shellClientMessages).toContain(`errors.${m[1]}`);
  });

  it("pickMessages merges overlapping paths and skips unknown ones", () => {
    const tree: Tree = { a: { b: "1", c: { d: "2" } }, e: "3" };
    expect(pickMessages(tree, ["a.c", "a.b", "x.y", "e"])).toEqual({ a: { b: "1", c: { d: "2" } }, e: "3" });
    expect(pickMessages(tree, ["a.c.d", "a.c"])).toEqual({ a: { c: { d: "2" } } });
  });
});
