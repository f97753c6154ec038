/** One person, one account: NFKC folds full-width and compatibility forms, then trim and lower-case. */
export function normalizeEmail(raw: string): string {
  return raw.normalize("NFKC").trim().toLowerCase();
}
