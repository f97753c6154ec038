import path from "node:path";
import { LocalDirectoryStorage } from "./local-storage";
import type { DocumentStorage } from "./types";

export type { DocumentStorage } from "./types";

const globalForStorage = globalThis as unknown as { __skillflowStorage?: DocumentStorage };

export function storageRoot(): string {
  // Not traced by the bundler: the folder holds uploads at run time, not code.
  return path.resolve(/*turbopackIgnore: true*/ process.env.STORAGE_DIR ?? path.join(process.cwd(), ".data", "storage"));
}

/** The configured backend (local directory today; an S3 backend would be chosen here by env). */
export function getStorage(): DocumentStorage {
  globalForStorage.__skillflowStorage ??= new LocalDirectoryStorage(storageRoot());
  return globalForStorage.__skillflowStorage;
}

/** Tests install their own backend (a temporary directory, or one that fails on purpose). */
export function setStorage(storage: DocumentStorage | undefined): void {
  globalForStorage.__skillflowStorage = storage;
}
