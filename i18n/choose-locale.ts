import { defaultLocale, isLocale, type Locale } from "@/messages";

/**
 * The locale of a request. An explicit choice (the switcher's cookie) always wins; without one, the first
 * language of the browser's Accept-Language that SkillFlow speaks, so a Marathi browser gets Marathi on its
 * first visit without looking for the switch; English otherwise. Pure, so it is tested without a request.
 */
export function chooseLocale(chosen: string | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(chosen)) return chosen;
  return preferredLocale(acceptLanguage) ?? defaultLocale;
}

/** The supported locale the browser ranks highest (RFC 9110 §12.5.4: q-values, then order), if any. */
export function preferredLocale(acceptLanguage: string | null | undefined): Locale | undefined {
  if (!acceptLanguage) return undefined;
  const ranked = acceptLanguage
    .split(",")
    .slice(0, 32) // a header is short; ignore anything beyond a sane number of entries
    .map((entry, order) => {
      const [tag, ...params] = entry.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { base: tag.trim().toLowerCase().split("-")[0], weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  return ranked.map((entry) => entry.base).find(isLocale);
}
