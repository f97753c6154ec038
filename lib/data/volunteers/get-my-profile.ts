import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { qualifications, volunteerLanguages, volunteerPreferredDistricts, volunteerProfiles, volunteerSpecialties } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { districtLabels, languageLabels } from "./reference-lookup";

export type ProfileDto = Awaited<ReturnType<typeof loadProfile>>;

/** Everything the profile form shows; only ever for the volunteer themself or a coordinator. */
export async function loadProfile(db: DbOrTx, userId: string) {
  const [p] = await db.select().from(volunteerProfiles).where(eq(volunteerProfiles.userId, userId));
  if (!p) return null;
  const [specialties, languages, preferred, quals] = await Promise.all([
    db.select().from(volunteerSpecialties).where(eq(volunteerSpecialties.userId, userId)),
    db.select().from(volunteerLanguages).where(eq(volunteerLanguages.userId, userId)),
    db.select().from(volunteerPreferredDistricts).where(eq(volunteerPreferredDistricts.userId, userId)),
    db.select().from(qualifications).where(eq(qualifications.userId, userId)).orderBy(asc(qualifications.year), asc(qualifications.id)),
  ]);
  const dNames = await districtLabels(db, [...preferred.map((d) => d.districtCode), ...(p.originDistrictCode ? [p.originDistrictCode] : [])]);
  const lNames = await languageLabels(
    db,
    languages.map((l) => l.languageCode),
  );
  return {
    userId: p.userId,
    fullName: p.fullName,
    professionCode: p.professionCode,
    primarySpecialty: specialties.find((s) => s.isPrimary)?.specialtyCode ?? null,
    otherSpecialties: specialties
      .filter((s) => !s.isPrimary)
      .map((s) => s.specialtyCode)
      .sort(),
    yearsExperience: p.yearsExperience,
    countryOfResidence: p.countryOfResidence,
    city: p.city,
    originStateCode: p.originStateCode,
    originDistrictCode: p.originDistrictCode,
    originDistrict: p.originDistrictCode ? (dNames.get(p.originDistrictCode) ?? String(p.originDistrictCode)) : null,
    preferredDistricts: preferred.map((d) => ({ code: d.districtCode, label: dNames.get(d.districtCode) ?? String(d.districtCode) })),
    inPerson: p.inPerson,
    remote: p.remote,
    maxPlacementDays: p.maxPlacementDays,
    bio: p.bio,
    phone: p.phone,
    dateOfBirth: p.dateOfBirth,
    adultDeclared: p.adultDeclared,
    languages: languages.map((l) => ({ code: l.languageCode, label: lNames.get(l.languageCode) ?? l.languageCode, proficiency: l.proficiency })),
    qualifications: quals.map((q) => ({ id: q.id, degree: q.degree, institution: q.institution, countryCode: q.countryCode, year: q.year })),
    verificationLevel: p.verificationLevel,
    verificationValidUntil: p.verificationValidUntil,
    updatedAt: p.updatedAt,
  };
}

/** The volunteer's own profile (created at sign-up; a volunteer without one sees the empty form). */
export async function getMyProfile(actor: Actor): Promise<ProfileDto> {
  authorize(actor, "volunteer.profile.read", { ownerId: actor.kind === "user" ? actor.id : null });
  const db = await getDb();
  return loadProfile(db, actor.id);
}

/** A coordinator (or the owner) reading a volunteer's profile; anyone else gets not_found. */
export async function getVolunteerProfile(actor: Actor, volunteerId: string): Promise<NonNullable<ProfileDto>> {
  authorize(actor, "volunteer.profile.read", { ownerId: volunteerId });
  const db = await getDb();
  const profile = /^[0-9a-f-]{36}$/i.test(volunteerId) ? await loadProfile(db, volunteerId) : null;
  if (!profile) throw new AppError("not_found");
  return profile;
}
