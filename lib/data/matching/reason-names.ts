// Names for the codes that match reasons mention (specialty, language, district), in the reader's
// language, for lib/i18n/match-reasons.ts. Like loadNameLookup (./facts.ts) but from the codes in
// the reasons themselves, so stored proposals and fresh shortlists are named the same way.
import { inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { refDistricts, refLanguages, refSpecialties } from "@/db/schema";
import type { NameLookup } from "@/lib/matching/types";
import { referenceName } from "@/lib/i18n/reference-names";
import type { Locale } from "@/messages";

/** The language's name in `locale` (e.g. "मराठी" for mar in mr), from the runtime's CLDR data. */
function displayLanguage(locale: Locale, code: string): string | undefined {
  try {
    return new Intl.DisplayNames(locale, { type: "language", fallback: "none" }).of(code);
  } catch {
    return undefined; // not a well-formed language tag
  }
}

export async function loadReasonNames(
  db: DbOrTx,
  locale: Locale,
  codes: { specialties: readonly string[]; districts: readonly string[]; languages: readonly string[] },
): Promise<NameLookup> {
  const districtCodes = codes.districts.map(Number).filter(Number.isInteger);
  const [d, l, s] = await Promise.all([
    districtCodes.length
      ? db
          .select({ code: refDistricts.code, en: refDistricts.nameEn, mr: refDistricts.nameMr })
          .from(refDistricts)
          .where(inArray(refDistricts.code, districtCodes))
      : [],
    codes.languages.length
      ? db
          .select({ code: refLanguages.code, en: refLanguages.nameEn })
          .from(refLanguages)
          .where(inArray(refLanguages.code, [...codes.languages]))
      : [],
    codes.specialties.length
      ? db
          .select({ code: refSpecialties.code, name: refSpecialties.name })
          .from(refSpecialties)
          .where(inArray(refSpecialties.code, [...codes.specialties]))
      : [],
  ]);
  // Marathi district names where the reference data has them; English otherwise (no Hindi names).
  const districts = new Map(d.map((r) => [String(r.code), (locale === "mr" && r.mr) || r.en]));
  const languages = new Map(l.map((r) => [r.code, r.en]));
  const specialties = new Map(s.map((r) => [r.code, r.name]));
  return {
    district: (c) => districts.get(c),
    // English keeps the reference name, as the engine's sentences use it.
    language: (c) => (locale === "en" ? undefined : displayLanguage(locale, c)) ?? languages.get(c),
    // Specialty names from lib/i18n/reference-names (the reference table is English only).
    specialty: (c) => {
      const english = specialties.get(c);
      return english === undefined ? undefined : referenceName(locale, "specialties", c, english);
    },
  };
}
