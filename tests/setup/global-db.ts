// Prepares one migrated database per engine for the whole run, so each test file starts from a
// copy in milliseconds instead of migrating again: a PGlite data-dir dump, or a PostgreSQL template.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openPglite, openPostgres } from "@/db/client";
import { migrate } from "@/db/migrate";

export default async function setup(project: TestProject) {
  const engine = project.config.env?.TEST_ENGINE ?? process.env.TEST_ENGINE;
  if (engine === "postgres") {
    const url = process.env.TEST_DATABASE_URL!;
    const template = `sf_template_${process.pid}`;
    const admin = await openPostgres(url, 1);
    await admin.db.execute(`DROP DATABASE IF EXISTS ${template}` as never);
    await admin.db.execute(`CREATE DATABASE ${template}` as never);
    const tpl = await openPostgres(withDb(url, template), 1);
    await migrate(tpl);
    await tpl.close();
    project.provide("pgTemplate" as never, template as never);
    return async () => {
      await admin.db.execute(`DROP DATABASE IF EXISTS ${template}` as never).catch(() => {});
      await admin.close();
    };
  }
  const handle = await openPglite("memory://");
  await migrate(handle);
  const dump = await dumpPglite(handle);
  const dir = path.join(process.cwd(), ".data", "test");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `pglite-template-${process.pid}.tar.gz`);
  writeFileSync(file, dump);
  await handle.close();
  project.provide("pgliteTemplate" as never, file as never);
}

async function dumpPglite(handle: Awaited<ReturnType<typeof openPglite>>): Promise<Buffer> {
  const blob = await handle.raw!.dumpDataDir("gzip");
  return Buffer.from(await blob.arrayBuffer());
}

export function withDb(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = "/" + db;
  return u.toString();
}
