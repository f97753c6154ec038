import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { documents, licences, refCountries } from "@/db/schema";
import type { Actor, SignedInActor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/policy";
import { parseInput } from "@/lib/data/shared/parse";
import { notifyCoordinators } from "@/lib/data/notifications/coordinators";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError, mapDbError } from "@/lib/errors";
import { licenceSchema, licenceUpdateSchema, type LicenceInput } from "@/lib/validation/volunteers";
import { endLevelRestingOn } from "@/lib/data/verification/end-level";
import { evidenceChanged } from "@/lib/verification/evidence";
import { maskLicenceNumber } from "./licence-mask";
import { isUploadedFile, readUpload, storeDocument } from "./store-document";

export type LicenceDto = {
  id: string;
  authority: string;
  countryCode: string;
  countryName: string;
  region: string | null;
  number: string;
  numberMasked: boolean;
  validFrom: string | null;
  validTo: string | null;
  status: "unverified" | "verified" | "rejected" | "expired";
  documentId: string | null;
  documentName: string | null;
};

async function loadLicences(db: DbOrTx, userId: string, viewer: SignedInActor): Promise<LicenceDto[]> {
  const rows = await db
    .select({ l: licences, countryName: refCountries.nameEn, documentName: documents.originalName })
    .from(licences)
    .innerJoin(refCountries, eq(refCountries.code, licences.countryCode))
    .leftJoin(documents, eq(documents.id, licences.documentId))
    .where(eq(licences.userId, userId))
    .orderBy(asc(licences.createdAt), asc(licences.id));
  const seesNumber = viewer.id === userId || hasRole(viewer, "coordinator");
  return rows.map(({ l, countryName, documentName }) => ({
    id: l.id,
    authority: l.authority,
    countryCode: l.countryCode,
    countryName,
    region: l.region,
    number: seesNumber ? l.number : maskLicenceNumber(l.number),
    numberMasked: !seesNumber,
    validFrom: l.validFrom,
    validTo: l.validTo,
    status: l.status,
    documentId: l.documentId,
    documentName: documentName ?? null,
  }));
}

export async function listMyLicences(actor: Actor): Promise<LicenceDto[]> {
  authorize(actor, "volunteer.profile.read", { ownerId: actor.kind === "user" ? actor.id : null });
  return loadLicences(await getDb(), actor.id, actor);
}

/** For coordinators' verification screens (and the owner): numbers in full; others not_found. */
export async function listVolunteerLicences(actor: Actor, volunteerId: string): Promise<LicenceDto[]> {
  authorize(actor, "volunteer.profile.read", { ownerId: volunteerId });
  return loadLicences(await getDb(), volunteerId, actor);
}

/** A DTO for contexts that must never show the number (e.g. an organisation's view of a candidate). */
export function maskedLicence(l: LicenceDto): LicenceDto {
  return l.numberMasked ? l : { ...l, number: maskLicenceNumber(l.number), numberMasked: true };
}

async function assertOwnDocument(db: DbOrTx, actor: SignedInActor, documentId: string | undefined): Promise<void> {
  if (!documentId) return;
  const [doc] = await db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.id, documentId), eq(documents.ownerId, actor.id)));
  if (!doc) throw new AppError("invalid_input", "errors.invalid_input", { documentId: ["reference_unknown"] });
}

async function assertCountry(db: DbOrTx, code: string): Promise<void> {
  const [c] = await db.select({ code: refCountries.code }).from(refCountries).where(eq(refCountries.code, code));
  if (!c) throw new AppError("invalid_input", "errors.invalid_input", { countryCode: ["reference_unknown"] });
}

const auditView = (l: Pick<LicenceInput, "authority" | "countryCode" | "validFrom" | "validTo"> & { number: string }) => ({
  authority: l.authority,
  countryCode: l.countryCode,
  number: maskLicenceNumber(l.number),
  validFrom: l.validFrom ?? null,
  validTo: l.validTo ?? null,
});

/**
 * Adds a licence, optionally with a new document in the same step (file) or an already uploaded one
 * (documentId). Everything is validated before the file is stored, so bad input stores nothing.
 */
export async function addLicence(actor: Actor, input: Record<string, unknown>): Promise<{ licenceId: string }> {
  authorize(actor, "volunteer.profile.edit", { ownerId: actor.kind === "user" ? actor.id : null });
  const data = parseInput(licenceSchema, input);
  const db = await getDb();
  await assertCountry(db, data.countryCode);
  await assertOwnDocument(db, actor, data.documentId);
  const hasFile = isUploadedFile(input.file) && input.file.size > 0;
  const upload = hasFile ? await readUpload(input.file) : null;
  const insertLicence = async (tx: DbOrTx, documentId: string | null) => {
    const [row] = await tx
      .insert(licences)
      .values({ userId: actor.id, ...licenceColumns(data, documentId) })
      .returning({ id: licences.id });
    await writeAudit(tx, actor, { action: "licence.added", objectType: "licence", objectId: row.id, after: auditView(data) });
    // A new licence waits for a coordinator's check (DESIGN rule 3): they are told (issue 18).
    await notifyCoordinators(tx, {
      kind: "licence_to_check",
      params: { volunteerName: actor.kind === "user" ? actor.name : "" },
      link: `/coordinator/verification/${actor.id}`,
      dedupeKey: `licence_to_check:${row.id}`,
    });
    return row.id;
  };
  if (upload) {
    const { extra } = await storeDocument(actor, upload, (tx, documentId) => insertLicence(tx, documentId));
    return { licenceId: extra! };
  }
  try {
    return { licenceId: await db.transaction((tx) => insertLicence(tx, data.documentId ?? null)) };
  } catch (e) {
    mapDbError(e);
  }
}

/**
 * Issue 3 / DESIGN rule 3: changing anything a coordinator checked (authority, country, region,
 * number, validity dates, document) returns the licence to "unverified" (a coordinator has to look
 * again), ends a level resting on it in the same transaction (issue 11, ADR 009), and is recorded in
 * the audit log.
 */
export async function updateLicence(actor: Actor, input: Record<string, unknown>): Promise<{ statusReset: boolean }> {
  if (actor.kind !== "user") throw new AppError("unauthenticated");
  const data = parseInput(licenceUpdateSchema, input);
  const db = await getDb();
  const [existing] = await db.select().from(licences).where(eq(licences.id, data.licenceId));
  authorize(actor, "volunteer.profile.edit", { ownerId: existing?.userId ?? null });
  await assertCountry(db, data.countryCode);
  await assertOwnDocument(db, actor, data.documentId);
  const hasFile = isUploadedFile(input.file) && input.file.size > 0;
  const upload = hasFile ? await readUpload(input.file) : null;
  const apply = async (tx: DbOrTx, newDocumentId: string | null) => {
    const [current] = await tx.select().from(licences).where(eq(licences.id, existing.id)).for("update");
    if (!current) throw new AppError("not_found");
    const documentId = newDocumentId ?? data.documentId ?? current.documentId;
    // Compared with the row locked here, so a concurrent edit cannot slip past (pure rule: lib/verification/evidence.ts).
    const reset = evidenceChanged(current, {
      ...data,
      region: data.region ?? null,
      validFrom: data.validFrom ?? null,
      validTo: data.validTo ?? null,
      documentId,
    });
    if (reset) await endLevelRestingOn(tx, actor, current.id, "licence_changed");
    await tx
      .update(licences)
      .set({
        ...licenceColumns(data, documentId),
        ...(reset ? { status: "unverified" as const, verifiedBy: null, verifiedAt: null } : {}),
        updatedAt: new Date(),
      })
      .where(eq(licences.id, current.id));
    await writeAudit(tx, actor, {
      action: reset ? "licence.changed_reset_to_unverified" : "licence.updated",
      objectType: "licence",
      objectId: current.id,
      before: { ...auditView({ ...current, validFrom: current.validFrom ?? undefined, validTo: current.validTo ?? undefined }), status: current.status },
      after: { ...auditView(data), status: reset ? "unverified" : current.status },
    });
    return reset;
  };
  if (upload) {
    const { extra } = await storeDocument(actor, upload, (tx, documentId) => apply(tx, documentId));
    return { statusReset: extra! };
  }
  try {
    return { statusReset: await db.transaction((tx) => apply(tx, null)) };
  } catch (e) {
    mapDbError(e);
  }
}

export async function deleteLicence(actor: Actor, input: { id?: unknown }): Promise<void> {
  if (actor.kind !== "user") throw new AppError("unauthenticated");
  const id = typeof input.id === "string" && /^[0-9a-f-]{36}$/i.test(input.id) ? input.id : null;
  if (!id) throw new AppError("not_found");
  const db = await getDb();
  const [existing] = await db.select({ userId: licences.userId }).from(licences).where(eq(licences.id, id));
  authorize(actor, "volunteer.profile.edit", { ownerId: existing?.userId ?? null });
  await db.transaction(async (tx) => {
    // DESIGN rule 3: a level resting on this licence ends with it, in this transaction.
    await endLevelRestingOn(tx, actor, id, "licence_deleted");
    await tx.delete(licences).where(eq(licences.id, id));
    await writeAudit(tx, actor, { action: "licence.deleted", objectType: "licence", objectId: id });
  });
}

/** The licence columns a volunteer writes, from the form's input (added or edited alike). */
function licenceColumns(data: LicenceInput, documentId: string | null) {
  return {
    authority: data.authority,
    countryCode: data.countryCode,
    region: data.region ?? null,
    number: data.number,
    validFrom: data.validFrom ?? null,
    validTo: data.validTo ?? null,
    documentId,
  };
}
