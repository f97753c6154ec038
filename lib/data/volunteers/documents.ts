import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { documentReads, documents, licences } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/policy";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError } from "@/lib/errors";
import { getStorage } from "@/lib/storage";
import { readUpload, storeDocument } from "./store-document";

const isUuid = (v: unknown): v is string => typeof v === "string" && /^[0-9a-f-]{36}$/i.test(v);

export type DocumentDto = { id: string; name: string; contentType: string; sizeBytes: number; createdAt: Date; usedBy: string[] };

export async function uploadDocument(actor: Actor, input: { file?: unknown }): Promise<{ documentId: string }> {
  authorize(actor, "document.upload", { ownerId: actor.kind === "user" ? actor.id : null });
  const upload = await readUpload(input.file);
  const { documentId } = await storeDocument(actor, upload);
  return { documentId };
}

export async function listMyDocuments(actor: Actor): Promise<DocumentDto[]> {
  authorize(actor, "document.upload", { ownerId: actor.kind === "user" ? actor.id : null });
  return documentsOf(actor.id);
}

/** For coordinators' verification screens: a volunteer's document list (metadata only); others not_found. */
export async function listVolunteerDocuments(actor: Actor, volunteerId: string): Promise<DocumentDto[]> {
  if (!isUuid(volunteerId)) throw new AppError("not_found");
  authorize(actor, "document.download", { ownerId: volunteerId });
  return documentsOf(volunteerId);
}

/** One person's documents, newest first, each with the licences that cite it. Unchecked: callers authorise. */
async function documentsOf(ownerId: string): Promise<DocumentDto[]> {
  const db = await getDb();
  const rows = await db.select().from(documents).where(eq(documents.ownerId, ownerId)).orderBy(desc(documents.createdAt));
  const used = await db.select({ documentId: licences.documentId, authority: licences.authority }).from(licences).where(eq(licences.userId, ownerId));
  return rows.map((d) => ({
    id: d.id,
    name: d.originalName,
    contentType: d.contentType,
    sizeBytes: d.sizeBytes,
    createdAt: d.createdAt,
    usedBy: used.filter((u) => u.documentId === d.id).map((u) => u.authority),
  }));
}

/**
 * DESIGN rule 7: the owner and coordinators (for verification) download; every read is recorded
 * in document_reads. Everyone else, organisation members included, gets not_found.
 */
export async function downloadDocument(actor: Actor, documentId: string): Promise<{ bytes: Uint8Array; name: string; contentType: string }> {
  if (actor.kind !== "user" || !isUuid(documentId)) throw new AppError("not_found");
  const db = await getDb();
  const [doc] = await db.select().from(documents).where(eq(documents.id, documentId));
  if (!doc) throw new AppError("not_found");
  authorize(actor, "document.download", { ownerId: doc.ownerId });
  const bytes = await getStorage().get(doc.storageKey);
  if (!bytes) throw new AppError("not_found");
  const purpose = doc.ownerId === actor.id ? "owner" : hasRole(actor, "coordinator") ? "verification" : "other";
  await db.insert(documentReads).values({ documentId: doc.id, readerId: actor.id, purpose });
  return { bytes, name: doc.originalName, contentType: doc.contentType };
}

/** Deletes the row (licences keep their details, their document link becomes empty), then the file. */
export async function deleteDocument(actor: Actor, input: { id?: unknown }): Promise<void> {
  if (actor.kind !== "user" || !isUuid(input.id)) throw new AppError("not_found");
  const id = input.id;
  authorize(actor, "document.upload", { ownerId: actor.id });
  const db = await getDb();
  const key = await db.transaction(async (tx) => {
    const [doc] = await tx
      .delete(documents)
      .where(and(eq(documents.id, id), eq(documents.ownerId, actor.id)))
      .returning({ key: documents.storageKey });
    if (!doc) throw new AppError("not_found");
    await writeAudit(tx, actor, { action: "document.deleted", objectType: "document", objectId: id });
    return doc.key;
  });
  await getStorage().delete(key);
}
