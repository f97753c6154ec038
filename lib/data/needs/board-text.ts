// Turns free text from the public board into safe search terms. Pure (tested in tests/unit).

const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 40;

/**
 * Words of letters, digits and combining marks only (so Marathi words keep their vowel signs),
 * lower-cased, at most MAX_TERMS of them. Quotes, operators and SQL fragments fall away here, and
 * the terms reach PostgreSQL only as bound parameters.
 */
export function boardTerms(q: string): string[] {
  const words =
    q
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  const out: string[] = [];
  for (const w of words) {
    const term = w.slice(0, MAX_TERM_LENGTH);
    if (!/[\p{L}\p{N}]/u.test(term) || out.includes(term)) continue;
    out.push(term);
    if (out.length === MAX_TERMS) break;
  }
  return out;
}

/** A quoted prefix lexeme for to_tsquery: the term holds no quote, so it cannot break out. */
export function prefixLexeme(term: string): string {
  return `'${term}':*`;
}

/** Terms this long or longer may also match facility and district names with a typo (pg_trgm). */
export const FUZZY_MIN_LENGTH = 4;
