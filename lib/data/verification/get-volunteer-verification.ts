import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { documents, licences, refCountries, refProfessions, users, verificationDecisions, volunteerProfiles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { effectiveLevel, programmeToday } from "@/lib/data/placements/period-rules";
import { AppError } from "@/lib/errors";
import { uuid } from "@/lib/validation/common";

export type LicenceForReview = {
  id: string;
  authority: string;
  country: string;
  region: string | null;
  number: string;
  validFrom: string | null;
  validTo: string | null;
  status: string;
  /** Download through the volunteers area's document route, which logs every read (DESIGN rule 7). */
  documentHref: string | null;
  documentName: string | null;
};

export type VolunteerVerification = {
  volunteerId: string;
  name: string;
  email: string;
  profession: string | null;
  country: string | null;
  /** Codes beside the English names, so the page names them in the reader's language. */
  professionCode: string | null;
  countryCode: string | null;
  level: number;
  validUntil: string | null;
  effectiveLevel: number;
  /** The licence the current level rests on (DESIGN rule 3); null for levels 0–1. */
  evidenceLicenceId: string | null;
  licences: LicenceForReview[];
  decisions: { level: number; validUntil: string | null; note: string; at: Date; decidedBy: string | null }[];
};

/** Documents are served by the volunteers area; this is the link it exposes. */
export const documentHref = (documentId: string) => `/api/v1/volunteer/documents/${documentId}`;

/** What a coordinator reviews to decide a level: licences with their documents, and past decisions. */
export async function getVolunteerVerification(actor: Actor, volunteerId: string): Promise<VolunteerVerification> {
  authorize(actor, "volunteer.verify");
  if (!uuid.safeParse(volunteerId).success) throw new AppError("not_found");
  const db = await getDb();
  const [p] = await db
    .select({
      name: volunteerProfiles.fullName,
      email: users.email,
      profession: refProfessions.label,
      country: refCountries.nameEn,
      professionCode: refProfessions.code,
      countryCode: refCountries.code,
      level: volunteerProfiles.verificationLevel,
      validUntil: volunteerProfiles.verificationValidUntil,
      evidenceLicenceId: volunteerProfiles.verificationLicenceId,
    })
    .from(volunteerProfiles)
    .innerJoin(users, eq(users.id, volunteerProfiles.userId))
    .leftJoin(refProfessions, eq(refProfessions.code, volunteerProfiles.professionCode))
    .leftJoin(refCountries, eq(refCountries.code, volunteerProfiles.countryOfResidence))
    .where(eq(volunteerProfiles.userId, volunteerId));
  if (!p) throw new AppError("not_found");
  const ls = await db
    .select({
      id: licences.id,
      authority: licences.authority,
      country: refCountries.nameEn,
      region: licences.region,
      number: licences.number,
      validFrom: licences.validFrom,
      validTo: licences.validTo,
      status: licences.status,
      documentId: licences.documentId,
      documentName: documents.originalName,
    })
    .from(licences)
    .innerJoin(refCountries, eq(refCountries.code, licences.countryCode))
    .leftJoin(documents, eq(documents.id, licences.documentId))
    .where(eq(licences.userId, volunteerId))
    .orderBy(desc(licences.createdAt));
  const ds = await db
    .select({
      level: verificationDecisions.level,
      validUntil: verificationDecisions.validUntil,
      note: verificationDecisions.note,
      at: verificationDecisions.at,
      decidedBy: users.name,
    })
    .from(verificationDecisions)
    .leftJoin(users, eq(users.id, verificationDecisions.decidedBy))
    .where(eq(verificationDecisions.volunteerId, volunteerId))
    .orderBy(desc(verificationDecisions.at))
    .limit(20);
  return {
    volunteerId,
    name: p.name,
    email: p.email,
    profession: p.profession,
    country: p.country,
    professionCode: p.professionCode,
    countryCode: p.countryCode,
    level: p.level,
    validUntil: p.validUntil,
    effectiveLevel: effectiveLevel(p.level, p.validUntil, programmeToday()),
    evidenceLicenceId: p.evidenceLicenceId,
    licences: ls.map(({ documentId, ...l }) => ({ ...l, documentHref: documentId ? documentHref(documentId) : null })),
    decisions: ds,
  };
}
