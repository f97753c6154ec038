// Specialty and profession names in Marathi and Hindi (issue 15). The reference tables hold the English
// names of their sources (CMS, ESCO: DESIGN "Reference data", never edited by the product), so the
// translations live beside the catalogue, keyed by the same codes, and fall back to the English name.
// The words follow docs/glossary.md; a native speaker's review is still wanted.
import mr from "./reference-names/mr.json";
import hi from "./reference-names/hi.json";

export type TranslatedReference = "specialties" | "professions";
type Names = Record<TranslatedReference, Record<string, string>>;

const names: Record<string, Names> = { mr, hi };

/** The name of a specialty or profession in the reader's locale; the source's English name otherwise. */
export function referenceName(locale: string, kind: TranslatedReference, code: string, english: string): string {
  return names[locale]?.[kind][code] ?? english;
}

/** A picker label: the local name with the English one beside it (clinicians know both), or English alone. */
export function referenceLabel(locale: string, kind: TranslatedReference, code: string, english: string): string {
  const local = referenceName(locale, kind, code, english);
  return local === english ? english : `${local} (${english})`;
}

/** Codes whose Marathi or Hindi name contains the query, so a picker finds "बालरोग" as well as "Pediatric". */
export function codesNamed(kind: TranslatedReference, query: string): string[] {
  const q = query.normalize("NFC").trim();
  if (!q) return [];
  const codes = new Set<string>();
  for (const table of Object.values(names)) {
    for (const [code, name] of Object.entries(table[kind])) if (name.includes(q)) codes.add(code);
  }
  return [...codes];
}

/** A language (ISO 639-3 code) named in the reader's locale by the runtime's own data, else its English name. */
export function languageDisplayName(locale: string, code: string, english: string): string {
  if (locale === "en") return english;
  try {
    const local = new Intl.DisplayNames([locale], { type: "language", fallback: "code" }).of(code);
    return local && local !== code ? local : english;
  } catch {
    return english; // a code Intl does not accept as a language subtag
  }
}

/** A country (ISO 3166-1 alpha-2) named in the reader's locale by Intl, else `fallback` (a list's name, or English). */
export function countryDisplayName(locale: string, code: string, fallback: string): string {
  if (locale === "en") return fallback;
  try {
    const local = new Intl.DisplayNames([locale], { type: "region", fallback: "code" }).of(code);
    return local && local !== code ? local : fallback;
  } catch {
    return fallback;
  }
}
