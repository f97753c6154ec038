import "server-only";
import { inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { refCountries, refProfessions, refSpecialties, refStates } from "@/db/schema";

/** Code → English name for the reference lists an export mentions (a person reads names, not "37"). */
export type ExportNames = {
  profession: (code: string | null | undefined) => string | null;
  specialty: (code: string | null | undefined) => string | null;
  country: (code: string | null | undefined) => string | null;
  state: (code: number | null | undefined) => string | null;
};

export async function loadExportNames(
  db: DbOrTx,
  codes: { professions: string[]; specialties: string[]; countries: string[]; states: number[] },
): Promise<ExportNames> {
  const some = <T>(xs: T[]) => [...new Set(xs)].filter((x) => x !== null && x !== undefined && x !== "");
  const [professions, specialties, countries, states] = await Promise.all([
    some(codes.professions).length
      ? db
          .select({ code: refProfessions.code, name: refProfessions.label })
          .from(refProfessions)
          .where(inArray(refProfessions.code, some(codes.professions)))
      : [],
    some(codes.specialties).length
      ? db
          .select({ code: refSpecialties.code, name: refSpecialties.name })
          .from(refSpecialties)
          .where(inArray(refSpecialties.code, some(codes.specialties)))
      : [],
    some(codes.countries).length
      ? db
          .select({ code: refCountries.code, name: refCountries.nameEn })
          .from(refCountries)
          .where(inArray(refCountries.code, some(codes.countries)))
      : [],
    some(codes.states).length
      ? db
          .select({ code: refStates.code, name: refStates.nameEn })
          .from(refStates)
          .where(inArray(refStates.code, some(codes.states)))
      : [],
  ]);
  const lookup = <K>(rows: { code: K; name: string }[]) => {
    const m = new Map(rows.map((r) => [r.code, r.name]));
    return (code: K | null | undefined) => (code === null || code === undefined ? null : (m.get(code) ?? null));
  };
  return { profession: lookup(professions), specialty: lookup(specialties), country: lookup(countries), state: lookup(states) };
}
