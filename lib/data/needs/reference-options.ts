import "server-only";
import { asc, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { refDistricts, refDivisions, refLanguages, refProfessions, refSpecialties, refStates, refTalukas } from "@/db/schema";

// Public reference data for pickers and board filters (DESIGN "Reference data": nothing invents a
// district or a specialty). No authorisation: these tables hold no personal data.

export type Option = { value: string; label: string };

export async function stateOptions(): Promise<Option[]> {
  const db = await getDb();
  const rows = await db.select({ code: refStates.code, name: refStates.nameEn }).from(refStates).orderBy(asc(refStates.nameEn));
  return rows.map((r) => ({ value: String(r.code), label: r.name }));
}

export async function divisionOptions(): Promise<Option[]> {
  const db = await getDb();
  const rows = await db.select({ name: refDivisions.name }).from(refDivisions).orderBy(asc(refDivisions.name));
  return rows.map((r) => ({ value: r.name, label: r.name }));
}

/** Districts of one state (Maharashtra, LGD 27, by default), with their division for grouping. */
export async function districtOptions(stateCode = 27): Promise<(Option & { division: string | null })[]> {
  const db = await getDb();
  const rows = await db
    .select({ code: refDistricts.code, name: refDistricts.nameEn, division: refDistricts.division })
    .from(refDistricts)
    .where(eq(refDistricts.stateCode, stateCode))
    .orderBy(asc(refDistricts.nameEn));
  return rows.map((r) => ({ value: String(r.code), label: r.name, division: r.division }));
}

export async function talukaOptions(districtCode: number): Promise<Option[]> {
  const db = await getDb();
  const rows = await db.select({ code: refTalukas.code, name: refTalukas.nameEn }).from(refTalukas).where(eq(refTalukas.districtCode, districtCode)).orderBy(asc(refTalukas.nameEn));
  return rows.map((r) => ({ value: String(r.code), label: r.name }));
}

/** All talukas of a state, labelled with their district, for one select without JavaScript. */
export async function talukaOptionsForState(stateCode = 27): Promise<(Option & { districtCode: number })[]> {
  const db = await getDb();
  const rows = await db
    .select({ code: refTalukas.code, name: refTalukas.nameEn, district: refDistricts.nameEn, districtCode: refDistricts.code })
    .from(refTalukas)
    .innerJoin(refDistricts, eq(refDistricts.code, refTalukas.districtCode))
    .where(eq(refDistricts.stateCode, stateCode))
    .orderBy(asc(refDistricts.nameEn), asc(refTalukas.nameEn));
  return rows.map((r) => ({ value: String(r.code), label: `${r.name} (${r.district})`, districtCode: r.districtCode }));
}

export async function specialtyOptions(): Promise<Option[]> {
  const db = await getDb();
  const rows = await db.select({ code: refSpecialties.code, name: refSpecialties.name }).from(refSpecialties).orderBy(asc(refSpecialties.name), asc(refSpecialties.code));
  return onePerName(rows).map((r) => ({ value: r.code, label: r.name }));
}

export async function professionOptions(): Promise<Option[]> {
  const db = await getDb();
  const rows = await db.select({ code: refProfessions.code, label: refProfessions.label }).from(refProfessions).orderBy(asc(refProfessions.label));
  return rows.map((r) => ({ value: r.code, label: r.label }));
}

/** The Indian seed languages (offered first in every picker), in seed order. */
export async function languageOptions(): Promise<Option[]> {
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
