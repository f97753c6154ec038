// The Next.js reference: a minimal prerendered page (a 50-row table) that the benchmark builds itself
// once into a folder outside the checkout (inside it, Next.js would take the checkout as the workspace
// root and bundle its instrumentation), with webpack (which follows the node_modules symlink to this
// checkout; Turbopack refuses a link out of its root). What a static Next.js 16 page
// costs on this machine is the yardstick for the cached public pages (issue 16).
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import path from "node:path";
import { tmpdir } from "node:os";

export const referenceDir = path.join(tmpdir(), "skillflow-bench-ref-next");
const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

const rows = Array.from({ length: 50 }, (_, i) => `<tr><td>${i + 1}</td><td>Need ${i + 1}</td><td>District ${i % 36}</td></tr>`).join("");

const files: Record<string, string> = {
  "package.json": JSON.stringify({ name: "bench-ref-next", private: true, type: "module" }),
  "next.config.mjs": "export default { poweredByHeader: false };\n",
  "tsconfig.json": JSON.stringify({
    compilerOptions: {
      jsx: "preserve",
      strict: true,
      module: "esnext",
      moduleResolution: "bundler",
      skipLibCheck: true,
      noEmit: true,
      esModuleInterop: true,
      allowJs: true,
      isolatedModules: true,
      lib: ["dom", "esnext"],
      target: "es2022",
    },
    include: ["**/*.tsx"],
  }),
  "app/layout.tsx": `export default function L({ children }: { children: React.ReactNode }) { return <html lang="en"><body>{children}</body></html>; }\n`,
  "app/page.tsx": `export default function P() { return <main><h1>Needs</h1><table dangerouslySetInnerHTML={{ __html: ${JSON.stringify("<tbody>" + rows + "</tbody>")} }} /></main>; }\n`,
};

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], { cwd, env, stdio: ["ignore", "ignore", "inherit"] });
    child.on("exit", (c) => (c === 0 ? resolve() : reject(new Error(`next ${args[0]} (reference) exited with ${c}`))));
  });
}

/** Builds the reference app unless a build is already there. */
export async function buildReferenceNext(env: NodeJS.ProcessEnv): Promise<void> {
  if (existsSync(path.join(referenceDir, ".next", "BUILD_ID"))) return;
  mkdirSync(path.join(referenceDir, "app"), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(referenceDir, name), text);
  const modules = path.join(referenceDir, "node_modules");
  if (!existsSync(modules)) symlinkSync(path.join(process.cwd(), "node_modules"), modules, "dir");
  const buildEnv: NodeJS.ProcessEnv = { ...env, NODE_ENV: "production" };
  delete buildEnv.NEXT_DIST_DIR;
  await run(["build", "--webpack"], referenceDir, buildEnv);
}

export function referenceNextArgs(port: number): { args: string[]; cwd: string } {
  return { args: [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], cwd: referenceDir };
}
