import "server-only";
import { asc, eq, ilike, inArray, isNotNull, or, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { onePerName } from "@/lib/data/needs/reference-options";
import { refCountries, refDistricts, refLanguages, refProfessions, refSpecialties, refStates } from "@/db/schema";
import { codesNamed, countryDisplayName, referenceLabel } from "@/lib/i18n/reference-names";

// Reference pickers (issue 3): the same lookups serve the no-JS <datalist>/<select> forms and the
// JSON search behind the progressive-enhancement combobox. Nothing here invents a code (DESIGN
// "Reference data"): a picker value resolves to an existing row or is refused.

export { referenceKinds, type ReferenceKind } from "@/lib/vocabulary/domain";
import type { ReferenceKind } from "@/lib/vocabulary/domain";
export type ReferenceOption = { code: string; label: string; value: string };

/** Maharashtra, the first origin state (DESIGN): its districts are offered first. */
export const FIRST_STATE_CODE = 27;

const MAX_RESULTS = 20;

export const districtValue = (d: { code: number; nameEn: string; nameMr: string | null; stateName: string }) =>
  `${d.nameEn}${d.nameMr ? ` — ${d.nameMr}` : ""}, ${d.stateName} [${d.code}]`;
export const languageValue = (l: { code: string; nameEn: string; nativeName: string | null }) =>
  `${l.nameEn}${l.nativeName && l.nativeName !== l.nameEn ? ` — ${l.nativeName}` : ""} [${l.code}]`;

/** "Pune — पुणे, Maharashtra [490]" → "490"; plain text → null. */
export function bracketCode(text: string): string | null {
  return /\[([A-Za-z0-9]{1,10})\]\s*$/.exec(text)?.[1] ?? null;
}

/** `code IN (…)` for the codes a Marathi or Hindi query named; nothing when it named none. */
function namedIn(column: typeof refSpecialties.code | typeof refProfessions.code, codes: string[]) {
  return codes.length ? [inArray(column, codes)] : [];
}

function escapeLike(q: string): string {
  return q.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Specialties and professions are found by their English, Marathi or Hindi name and labelled in `locale`. */
export async function searchReference(kind: ReferenceKind, query: string, db?: DbOrTx, locale = "en"): Promise<ReferenceOption[]> {
  const conn = db ?? (await getDb());
  const q = query.normalize("NFC").trim().slice(0, 60);
  const like = `%${escapeLike(q)}%`;
  const prefix = `${escapeLike(q)}%`;
  switch (kind) {
    case "districts": {
      const rows = await conn
        .select({
          code: refDistricts.code,
          nameEn: refDistricts.nameEn,
          nameMr: refDistricts.nameMr,
          stateName: refStates.nameEn,
          stateCode: refDistricts.stateCode,
        })
        .from(refDistricts)
        .innerJoin(refStates, eq(refStates.code, refDistricts.stateCode))
        .where(
          q
            ? or(ilike(refDistricts.nameEn, like), ilike(refDistricts.nameMr, like), ilike(refDistricts.nameLgd, like), ilike(refDistricts.formerNameEn, like))
            : eq(refDistricts.stateCode, FIRST_STATE_CODE),
        )
        .orderBy(sql`(${refDistricts.stateCode} <> ${FIRST_STATE_CODE})`, sql`(${refDistricts.nameEn} NOT ILIKE ${prefix})`, asc(refDistricts.nameEn))
        .limit(q ? MAX_RESULTS : 100);
      return rows.map((d) => ({ code: String(d.code), label: districtValue(d), value: districtValue(d) }));
    }
    case "languages": {
      const rows = await conn
        .select({ code: refLanguages.code, nameEn: refLanguages.nameEn, nativeName: refLanguages.nativeName })
        .from(refLanguages)
        .where(
          q
            ? or(
                ilike(refLanguages.nameEn, like),
                ilike(refLanguages.nativeName, like),
                eq(refLanguages.code, q.toLowerCase()),
                eq(refLanguages.iso6391, q.toLowerCase()),
              )
            : isNotNull(refLanguages.seedRank),
        )
        .orderBy(sql`${refLanguages.seedRank} IS NULL`, asc(refLanguages.seedRank), sql`(${refLanguages.nameEn} NOT ILIKE ${prefix})`, asc(refLanguages.nameEn))
        .limit(MAX_RESULTS);
      return rows.map((l) => ({ code: l.code, label: languageValue(l), value: languageValue(l) }));
    }
    case "specialties": {
      const named = codesNamed("specialties", q);
      const rows = await conn
        .select()
        .from(refSpecialties)
        .where(q ? or(ilike(refSpecialties.name, like), ...namedIn(refSpecialties.code, named)) : undefined)
        .orderBy(asc(refSpecialties.name), asc(refSpecialties.code))
        .limit(q ? MAX_RESULTS : 200);
      return onePerName(rows).map((s) => ({ code: s.code, label: referenceLabel(locale, "specialties", s.code, s.name), value: s.code }));
    }
    case "professions": {
      const rows = await conn
        .select({ code: refProfessions.code, label: refProfessions.label })
        .from(refProfessions)
        .where(
          q
            ? or(ilike(refProfessions.label, like), ilike(refProfessions.altLabels, like), ...namedIn(refProfessions.code, codesNamed("professions", q)))
            : undefined,
        )
        .orderBy(sql`(${refProfessions.label} NOT ILIKE ${prefix})`, asc(refProfessions.label))
        .limit(q ? MAX_RESULTS : 200);
      return rows.map((p) => ({ code: p.code, label: referenceLabel(locale, "professions", p.code, p.label), value: p.code }));
    }
    case "countries": {
      const rows = await conn
        .select()
        .from(refCountries)
        .where(
          q
            ? or(ilike(refCountries.nameEn, like), ilike(refCountries.nameMr, like), ilike(refCountries.nameHi, like), eq(refCountries.code, q.toUpperCase()))
            : undefined,
        )
        .orderBy(asc(refCountries.nameEn))
        .limit(q ? MAX_RESULTS : 300);
      // Named by Intl in the reader's language, else the table's Marathi or Hindi name (issue 15); English beside.
      const label = (c: { code: string; nameEn: string; nameMr: string | null; nameHi: string | null }) => {
        const local = countryDisplayName(locale, c.code, (locale === "mr" ? c.nameMr : locale === "hi" ? c.nameHi : null) ?? c.nameEn);
        return local === c.nameEn ? c.nameEn : `${local} (${c.nameEn})`;
      };
      return rows.map((c) => ({ code: c.code, label: label(c), value: c.code }));
    }
    case "states": {
      const rows = await conn
        .select()
        .from(refStates)
        .where(q ? ilike(refStates.nameEn, like) : undefined)
        .orderBy(asc(refStates.nameEn));
      return rows.map((s) => ({ code: String(s.code), label: s.nameEn, value: String(s.code) }));
    }
  }
}

/** A district from picker text: "[490]" suffix, or an exact English/Marathi name (Maharashtra preferred when names repeat). */
export async function resolveDistrict(db: DbOrTx, text: string, preferState?: number): Promise<number | null> {
  const code = bracketCode(text);
  if (code && /^\d+$/.test(code)) {
    const [row] = await db
      .select({ code: refDistricts.code })
      .from(refDistricts)
      .where(eq(refDistricts.code, Number(code)));
    return row?.code ?? null;
  }
  const name = text.normalize("NFC").trim();
  if (/^\d+$/.test(name)) {
    const [row] = await db
      .select({ code: refDistricts.code })
      .from(refDistricts)
      .where(eq(refDistricts.code, Number(name)));
    return row?.code ?? null;
  }
  const rows = await db
    .select({ code: refDistricts.code, stateCode: refDistricts.stateCode })
    .from(refDistricts)
    .where(or(sql`lower(${refDistricts.nameEn}) = lower(${name})`, eq(refDistricts.nameMr, name), sql`lower(${refDistricts.nameLgd}) = lower(${name})`));
  if (rows.length === 1) return rows[0].code;
  const preferred = rows.filter((r) => r.stateCode === (preferState ?? FIRST_STATE_CODE));
  return preferred.length === 1 ? preferred[0].code : null;
}

/** A language from picker text: "[mar]" suffix, an ISO 639-3 or 639-1 code, or an exact English or native name. */
export async function resolveLanguage(db: DbOrTx, text: string): Promise<string | null> {
  const code = (bracketCode(text) ?? text).trim();
  const lower = code.toLowerCase();
  const rows = await db
    .select({ code: refLanguages.code, seedRank: refLanguages.seedRank })
    .from(refLanguages)
    .where(or(eq(refLanguages.code, lower), eq(refLanguages.iso6391, lower), sql`lower(${refLanguages.nameEn}) = ${lower}`, eq(refLanguages.nativeName, code)))
    .orderBy(sql`${refLanguages.code} <> ${lower}`, sql`${refLanguages.seedRank} IS NULL`, asc(refLanguages.seedRank))
    .limit(1);
  return rows[0]?.code ?? null;
}

export async function existingCodes(db: DbOrTx, kind: "specialties" | "professions" | "countries", codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const table = kind === "specialties" ? refSpecialties : kind === "professions" ? refProfessions : refCountries;
  const rows = await db.select({ code: table.code }).from(table).where(inArray(table.code, codes));
  return new Set(rows.map((r) => r.code));
}

export async function stateExists(db: DbOrTx, code: number): Promise<boolean> {
  const [row] = await db.select({ code: refStates.code }).from(refStates).where(eq(refStates.code, code));
  return Boolean(row);
}

/** Names for display (profile view, export). */
export async function districtLabels(db: DbOrTx, codes: number[]): Promise<Map<number, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: refDistricts.code, nameEn: refDistricts.nameEn, nameMr: refDistricts.nameMr, stateName: refStates.nameEn })
    .from(refDistricts)
    .innerJoin(refStates, eq(refStates.code, refDistricts.stateCode))
    .where(inArray(refDistricts.code, codes));
  return new Map(rows.map((d) => [d.code, districtValue(d)]));
}

export async function languageLabels(db: DbOrTx, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: refLanguages.code, nameEn: refLanguages.nameEn, nativeName: refLanguages.nativeName })
    .from(refLanguages)
    .where(inArray(refLanguages.code, codes));
  return new Map(rows.map((l) => [l.code, languageValue(l)]));
}
