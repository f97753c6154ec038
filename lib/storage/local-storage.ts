import { mkdir, readFile, rm, stat, writeFile, rename } from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { assertStorageKey, type DocumentStorage } from "./types";

/**
 * Files under a root directory outside public/ (STORAGE_DIR, default ./.data/storage), so nothing
 * is ever served statically: downloads go through the authorised route, which logs each read.
 */
export class LocalDirectoryStorage implements DocumentStorage {
  constructor(private readonly root: string) {}

  private pathFor(key: string): string {
    assertStorageKey(key);
    const full = path.resolve(this.root, key);
    // Belt and braces: the key pattern already excludes "..", but never leave the root.
    if (!full.startsWith(path.resolve(this.root) + path.sep)) throw new Error("storage key escapes the root");
    return full;
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const full = this.pathFor(key);
    await mkdir(path.dirname(full), { recursive: true });
    // Write then rename, so a reader never sees half a file.
    const tmp = `${full}.${randomUUID()}.tmp`;
    await writeFile(tmp, bytes, { flag: "wx" });
    await rename(tmp, full);
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.pathFor(key)));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathFor(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      await stat(this.pathFor(key));
      return true;
    } catch {
      return false;
    }
  }
}
