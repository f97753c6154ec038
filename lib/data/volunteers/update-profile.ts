import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { qualifications, volunteerLanguages, volunteerPreferredDistricts, volunteerProfiles, volunteerSpecialties } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { getPlatformSettings } from "@/lib/data/settings/get-platform-settings";
import { AppError, mapDbError } from "@/lib/errors";
import { profileSchema } from "@/lib/validation/volunteers";
import { lockProfile } from "./profile-row";
import { existingCodes, resolveDistrict, resolveLanguage, stateExists } from "./reference-lookup";

/**
 * Saves the professional profile as a whole (the form always posts every field). Picker texts are
 * resolved against the reference data first; every unresolved one is a field error, all at once
 * (DESIGN rule 8), and nothing is written unless everything resolves.
 */
export async function updateProfile(actor: Actor, input: unknown): Promise<void> {
  authorize(actor, "volunteer.profile.edit", { ownerId: actor.kind === "user" ? actor.id : null });
  const data = parseInput(profileSchema, input);
  const db = await getDb();
  const errors: Record<string, string[]> = {};
  const fail = (key: string, msg = "reference_unknown") => (errors[key] ??= []).push(msg);

  const { capDays } = await getPlatformSettings(db);
  if (data.maxPlacementDays !== undefined && data.maxPlacementDays > capDays) fail("maxPlacementDays", "too_large");

  const specialtyCodes = [...new Set([data.primarySpecialty, ...data.otherSpecialties].filter((c): c is string => Boolean(c)))];
  const knownSpecialties = await existingCodes(db, "specialties", specialtyCodes);
  if (data.primarySpecialty && !knownSpecialties.has(data.primarySpecialty)) fail("primarySpecialty");
  data.otherSpecialties.forEach((c) => !knownSpecialties.has(c) && fail("otherSpecialties"));
  if (data.professionCode && !(await existingCodes(db, "professions", [data.professionCode])).has(data.professionCode)) fail("professionCode");

  const countries = [data.countryOfResidence, ...data.qualifications.map((q) => q.countryCode)]
    .filter((c): c is string => Boolean(c))
    .map((c) => c.toUpperCase());
  const knownCountries = await existingCodes(db, "countries", countries);
  if (data.countryOfResidence && !knownCountries.has(data.countryOfResidence.toUpperCase())) fail("countryOfResidence");
  data.qualifications.forEach((q, i) => q.countryCode && !knownCountries.has(q.countryCode.toUpperCase()) && fail(`qualifications.${i}.countryCode`));

  if (data.originStateCode !== undefined && !(await stateExists(db, data.originStateCode))) fail("originStateCode");
  const originDistrictCode = data.originDistrict ? await resolveDistrict(db, data.originDistrict, data.originStateCode) : null;
  if (data.originDistrict && originDistrictCode === null) fail("originDistrict", "district_unknown");

  const preferred = new Set<number>();
  for (const text of data.preferredDistricts.filter((t) => t !== "")) {
    const code = await resolveDistrict(db, text);
    if (code === null) fail("preferredDistricts", "district_unknown");
    else preferred.add(code);
  }

  const languages = new Map<string, (typeof data.languages)[number]["proficiency"]>();
  for (const [i, row] of data.languages.entries()) {
    if (!row.language) continue;
    const code = await resolveLanguage(db, row.language);
    if (code === null) fail(`languages.${i}.language`, "language_unknown");
    else if (languages.has(code)) fail(`languages.${i}.language`, "duplicate");
    else languages.set(code, row.proficiency);
  }
  if (Object.keys(errors).length) throw new AppError("invalid_input", "errors.invalid_input", errors);

  // The district's state wins over a mismatched state choice: codes, never names, are joined on.
  const originStateCode = data.originStateCode ?? null;
  try {
    await db.transaction(async (tx) => {
      await lockProfile(tx, actor);
      await tx
        .update(volunteerProfiles)
        .set({
          fullName: data.fullName,
          professionCode: data.professionCode ?? null,
          yearsExperience: data.yearsExperience,
          countryOfResidence: data.countryOfResidence?.toUpperCase() ?? null,
          city: data.city ?? null,
          originStateCode,
          originDistrictCode,
          inPerson: data.inPerson,
          remote: data.remote,
          maxPlacementDays: data.maxPlacementDays ?? null,
          bio: data.bio ?? "",
          phone: data.phone ?? null,
          updatedAt: new Date(),
        })
        .where(eq(volunteerProfiles.userId, actor.id));
      await tx.delete(volunteerSpecialties).where(eq(volunteerSpecialties.userId, actor.id));
      const specialties = [
        ...(data.primarySpecialty ? [{ userId: actor.id, specialtyCode: data.primarySpecialty, isPrimary: true }] : []),
        ...[...new Set(data.otherSpecialties)]
          .filter((c) => c !== data.primarySpecialty)
          .map((c) => ({ userId: actor.id, specialtyCode: c, isPrimary: false })),
      ];
      if (specialties.length) await tx.insert(volunteerSpecialties).values(specialties);
      await tx.delete(volunteerLanguages).where(eq(volunteerLanguages.userId, actor.id));
      if (languages.size)
        await tx
          .insert(volunteerLanguages)
          .values([...languages].map(([languageCode, proficiency]) => ({ userId: actor.id, languageCode, proficiency: proficiency! })));
      await tx.delete(volunteerPreferredDistricts).where(eq(volunteerPreferredDistricts.userId, actor.id));
      if (preferred.size) await tx.insert(volunteerPreferredDistricts).values([...preferred].map((districtCode) => ({ userId: actor.id, districtCode })));
      await tx.delete(qualifications).where(eq(qualifications.userId, actor.id));
      const quals = data.qualifications.filter((q) => q.degree && q.institution);
      if (quals.length) {
        await tx.insert(qualifications).values(
          quals.map((q) => ({
            userId: actor.id,
            degree: q.degree!,
            institution: q.institution!,
            countryCode: q.countryCode?.toUpperCase() ?? null,
            year: q.year ?? null,
          })),
        );
      }
      await writeAudit(tx, actor, { action: "volunteer.profile_updated", objectType: "volunteer", objectId: actor.id });
    });
  } catch (e) {
    mapDbError(e);
  }
}
