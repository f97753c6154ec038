import "server-only";
import { randomUUID, createHash } from "node:crypto";
import { getDb, type Tx } from "@/db/client";
import { documents } from "@/db/schema";
import type { SignedInActor } from "@/lib/auth/actor.types";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError, mapDbError } from "@/lib/errors";
import { getStorage } from "@/lib/storage";
import { MAX_DOCUMENT_BYTES, safeDisplayName, sniffDocumentType } from "@/lib/storage/sniff";

export type UploadedFile = { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };

export function isUploadedFile(v: unknown): v is UploadedFile {
  return typeof v === "object" && v !== null && typeof (v as UploadedFile).arrayBuffer === "function" && typeof (v as UploadedFile).size === "number";
}

/** Reads and checks an upload: present, at most 10 MB, and a PDF/JPEG/PNG by its content (not its name). */
export async function readUpload(file: unknown, field = "file") {
  if (!isUploadedFile(file) || file.size === 0) throw new AppError("invalid_input", "errors.invalid_input", { [field]: ["file_required"] });
  if (file.size > MAX_DOCUMENT_BYTES) throw new AppError("invalid_input", "errors.invalid_input", { [field]: ["file_too_large"] });
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length > MAX_DOCUMENT_BYTES) throw new AppError("invalid_input", "errors.invalid_input", { [field]: ["file_too_large"] });
  const kind = sniffDocumentType(bytes);
  if (!kind) throw new AppError("invalid_input", "errors.invalid_input", { [field]: ["file_type"] });
  return { bytes, kind, displayName: safeDisplayName(String(file.name ?? ""), kind.ext) };
}

export type CheckedUpload = Awaited<ReturnType<typeof readUpload>>;

/**
 * Stores the file under a generated key, then writes its row (and whatever `alsoInTx` adds, such as a
 * licence) in one transaction. Issue 3: a failed store leaves no row (the row is written only after
 * the file is); a failed row leaves no file (the file is deleted when the transaction fails).
 */
export async function storeDocument<T>(
  actor: SignedInActor,
  upload: CheckedUpload,
  alsoInTx?: (tx: Tx, documentId: string) => Promise<T>,
): Promise<{ documentId: string; extra: T | undefined }> {
  const storage = getStorage();
  const key = `documents/${randomUUID()}.${upload.kind.ext}`;
  await storage.put(key, upload.bytes);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [doc] = await tx
        .insert(documents)
        .values({
          ownerId: actor.id,
          storageKey: key,
          originalName: upload.displayName,
          contentType: upload.kind.contentType,
          sizeBytes: upload.bytes.length,
          sha256: createHash("sha256").update(upload.bytes).digest("hex"),
        })
        .returning({ id: documents.id });
      await writeAudit(tx, actor, {
        action: "document.uploaded",
        objectType: "document",
        objectId: doc.id,
        after: { contentType: upload.kind.contentType, sizeBytes: upload.bytes.length },
      });
      const extra = alsoInTx ? await alsoInTx(tx, doc.id) : undefined;
      return { documentId: doc.id, extra };
    });
  } catch (e) {
    await storage.delete(key).catch(() => undefined);
    mapDbError(e);
  }
}
