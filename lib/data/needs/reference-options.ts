import "server-only";
import { asc, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { refDistricts, refDivisions, refLanguages, refProfessions, refSpecialties, refStates, refTalukas } from "@/db/schema";
import { cached, invalidateCached } from "@/lib/cache/process-cache";
import { referenceLabel } from "@/lib/i18n/reference-names";

// Public reference data for pickers and board filters (DESIGN "Reference data": nothing invents a
// district or a specialty). No authorisation: these tables hold no personal data.

// The reference tables change only through migrations and seeds, so each list is read once per
// process (issue 16: the board read five lists per request); seeds and tests call
// invalidateReferenceOptions() after changing them.

export type Option = { value: string; label: string };

export function invalidateReferenceOptions(): void {
  invalidateCached("ref:");
}

async function loadStateOptions(): Promise<Option[]> {
  const db = await getDb();
  const rows = await db.select({ code: refStates.code, name: refStates.nameEn }).from(refStates).orderBy(asc(refStates.nameEn));
  return rows.map((r) => ({ value: String(r.code), label: r.name }));
}

async function loadDivisionOptions(): Promise<Option[]> {
  const db = await getDb();
  const rows = await db.select({ name: refDivisions.name }).from(refDivisions).orderBy(asc(refDivisions.name));
  return rows.map((r) => ({ value: r.name, label: r.name }));
}

/** Districts of one state (Maharashtra, LGD 27, by default), with their division for grouping. */
async function loadDistrictOptions(stateCode: number): Promise<(Option & { division: string | null })[]> {
  const db = await getDb();
  const rows = await db
    .select({ code: refDistricts.code, name: refDistricts.nameEn, division: refDistricts.division })
    .from(refDistricts)
    .where(eq(refDistricts.stateCode, stateCode))
    .orderBy(asc(refDistricts.nameEn));
  return rows.map((r) => ({ value: String(r.code), label: r.name, division: r.division }));
}

async function loadTalukaOptions(districtCode: number): Promise<Option[]> {
  const db = await getDb();
  const rows = await db
    .select({ code: refTalukas.code, name: refTalukas.nameEn })
    .from(refTalukas)
    .where(eq(refTalukas.districtCode, districtCode))
    .orderBy(asc(refTalukas.nameEn));
  return rows.map((r) => ({ value: String(r.code), label: r.name }));
}

/** All talukas of a state, labelled with their district, for one select without JavaScript. */
async function loadTalukaOptionsForState(stateCode: number): Promise<(Option & { districtCode: number })[]> {
  const db = await getDb();
  const rows = await db
    .select({ code: refTalukas.code, name: refTalukas.nameEn, district: refDistricts.nameEn, districtCode: refDistricts.code })
    .from(refTalukas)
    .innerJoin(refDistricts, eq(refDistricts.code, refTalukas.districtCode))
    .where(eq(refDistricts.stateCode, stateCode))
    .orderBy(asc(refDistricts.nameEn), asc(refTalukas.nameEn));
  return rows.map((r) => ({ value: String(r.code), label: `${r.name} (${r.district})`, districtCode: r.districtCode }));
}

/** Specialties labelled in the reader's locale (lib/i18n/reference-names), sorted in that language's order. */
async function loadSpecialtyOptions(locale: string): Promise<Option[]> {
  const db = await getDb();
  const rows = await db
    .select({ code: refSpecialties.code, name: refSpecialties.name })
    .from(refSpecialties)
    .orderBy(asc(refSpecialties.name), asc(refSpecialties.code));
  return byLabel(
    locale,
    onePerName(rows).map((r) => ({ value: r.code, label: referenceLabel(locale, "specialties", r.code, r.name) })),
  );
}

async function loadProfessionOptions(locale: string): Promise<Option[]> {
  const db = await getDb();
  const rows = await db.select({ code: refProfessions.code, label: refProfessions.label }).from(refProfessions).orderBy(asc(refProfessions.label));
  return byLabel(
    locale,
    rows.map((r) => ({ value: r.code, label: referenceLabel(locale, "professions", r.code, r.label) })),
  );
}

function byLabel(locale: string, options: Option[]): Option[] {
  if (locale === "en") return options;
  const collator = new Intl.Collator(locale);
  return options.sort((a, b) => collator.compare(a.label, b.label));
}

/** The Indian seed languages (offered first in every picker), in seed order. */
async function loadLanguageOptions(): Promise<Option[]> {
  const db = await getDb();
  const rows = await db
    .select({ code: refLanguages.code, name: refLanguages.nameEn, native: refLanguages.nativeName })
    .from(refLanguages)
    .where(isNotNull(refLanguages.seedRank))
    .orderBy(asc(refLanguages.seedRank));
  return rows.map((r) => ({ value: r.code, label: r.native && r.native !== r.name ? `${r.name} (${r.native})` : r.name }));
}

/**
 * The Medicare list has billing variants with the same name (62 and 68 both "Psychologist,
 * Clinical", db/reference/SOURCES.md): a picker offers the name once, with its first code
 * (rows come ordered by name, then code). Stored codes stay valid.
 */
export function onePerName<T extends { name: string }>(rows: T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.name) ? false : (seen.add(r.name), true)));
}

export function stateOptions(): Promise<Option[]> {
  return cached("ref:stateOptions", () => loadStateOptions());
}

export function divisionOptions(): Promise<Option[]> {
  return cached("ref:divisionOptions", () => loadDivisionOptions());
}

export function talukaOptions(districtCode: number): Promise<Option[]> {
  return cached(`ref:talukaOptions:${districtCode}`, () => loadTalukaOptions(districtCode));
}

export function specialtyOptions(locale = "en"): Promise<Option[]> {
  return cached(`ref:specialtyOptions:${locale}`, () => loadSpecialtyOptions(locale));
}

export function professionOptions(locale = "en"): Promise<Option[]> {
  return cached(`ref:professionOptions:${locale}`, () => loadProfessionOptions(locale));
}

export function languageOptions(): Promise<Option[]> {
  return cached("ref:languageOptions", () => loadLanguageOptions());
}

export function districtOptions(stateCode = 27): Promise<(Option & { division: string | null })[]> {
  return cached(`ref:districtOptions:${stateCode}`, () => loadDistrictOptions(stateCode));
}

export function talukaOptionsForState(stateCode = 27): Promise<(Option & { districtCode: number })[]> {
  return cached(`ref:talukaOptionsForState:${stateCode}`, () => loadTalukaOptionsForState(stateCode));
}
