import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { refCountries, refLanguages, refProfessions, refSpecialties, volunteerLanguages, volunteerProfiles, volunteerSpecialties } from "@/db/schema";

/**
 * DESIGN rule 7: what an organisation may see of a candidate before a coordinator approves a
 * match — the professional profile only. No email, phone, city, date of birth, licence numbers or
 * documents are selected here, so none can leak into a page.
 */
export type ProfessionalProfile = {
  volunteerId: string;
  fullName: string;
  profession: string | null;
  specialties: { code: string; name: string; primary: boolean }[];
  languages: { code: string; name: string; proficiency: string }[];
  yearsExperience: number;
  country: string | null;
  /** Codes beside the English names, so pages name them in the reader's language (lib/i18n/reference-names). */
  professionCode: string | null;
  countryCode: string | null;
  verificationLevel: number;
  bio: string;
};

export async function professionalProfiles(tx: DbOrTx, ids: string[]): Promise<Map<string, ProfessionalProfile>> {
  const out = new Map<string, ProfessionalProfile>();
  if (ids.length === 0) return out;
  const base = await tx
    .select({
      volunteerId: volunteerProfiles.userId,
      fullName: volunteerProfiles.fullName,
      profession: refProfessions.label,
      professionCode: refProfessions.code,
      yearsExperience: volunteerProfiles.yearsExperience,
      country: refCountries.nameEn,
      countryCode: refCountries.code,
      verificationLevel: volunteerProfiles.verificationLevel,
      bio: volunteerProfiles.bio,
    })
    .from(volunteerProfiles)
    .leftJoin(refProfessions, eq(refProfessions.code, volunteerProfiles.professionCode))
    .leftJoin(refCountries, eq(refCountries.code, volunteerProfiles.countryOfResidence))
    .where(inArray(volunteerProfiles.userId, ids));
  for (const b of base) out.set(b.volunteerId, { ...b, specialties: [], languages: [] });
  const specs = await tx
    .select({ userId: volunteerSpecialties.userId, code: refSpecialties.code, name: refSpecialties.name, primary: volunteerSpecialties.isPrimary })
    .from(volunteerSpecialties)
    .innerJoin(refSpecialties, eq(refSpecialties.code, volunteerSpecialties.specialtyCode))
    .where(inArray(volunteerSpecialties.userId, ids));
  for (const s of specs) out.get(s.userId)?.specialties.push({ code: s.code, name: s.name, primary: s.primary });
  const langs = await tx
    .select({ userId: volunteerLanguages.userId, code: refLanguages.code, name: refLanguages.nameEn, proficiency: volunteerLanguages.proficiency })
    .from(volunteerLanguages)
    .innerJoin(refLanguages, eq(refLanguages.code, volunteerLanguages.languageCode))
    .where(inArray(volunteerLanguages.userId, ids));
  for (const l of langs) out.get(l.userId)?.languages.push({ code: l.code, name: l.name, proficiency: l.proficiency });
  return out;
}
