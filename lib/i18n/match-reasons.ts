// Renders the matching engine's reasons and exclusions (lib/matching, DESIGN rule 4) through the
// message catalogue, namespace "matchReasons" (messages/*/match-reasons.json). Pure: the caller
// passes the translator and the names, so pages (getTranslations, lib/i18n/reason-formatter.ts)
// and unit tests (createTranslator) render the same sentences.

import { signedPoints } from "@/lib/matching/text";
import type { NameLookup, ReasonParams } from "@/lib/matching/types";

/**
 * A reason as pages hold it: fresh from the engine, or stored as JSON with a proposal in `matches`
 * (rows written before reasons had params may lack them; `text` is then all there is).
 */
export type ReasonLike = { key: string; points: number; text: string; params?: ReasonParams };
export type ExclusionLike = { code: string; text: string; params?: ReasonParams };

/** What is used of next-intl's translator for the "matchReasons" namespace. */
export interface MatchReasonsTranslator {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

/** ICU values from engine params: codes become names in the reader's language. */
function values(t: MatchReasonsTranslator, names: NameLookup, params: ReasonParams): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params };
  // The same fallbacks as lib/matching/text.ts, worded per language, when a name is unknown.
  if (params.specialty !== undefined) {
    const code = String(params.specialty);
    out.specialty = names.specialty?.(code) ?? t("names.specialty", { code });
  }
  if (params.district !== undefined) {
    const code = String(params.district);
    out.district = names.district?.(code) ?? t("names.district", { code });
  }
  if (params.language !== undefined) out.language = names.language?.(String(params.language)) ?? String(params.language);
  // The engine keeps the mean rounded to one decimal as a number and prints it with one decimal.
  if (typeof params.average === "number") out.average = params.average.toFixed(1);
  return out;
}

/** The localized sentence of a reason, e.g. "Speaks Marathi (preferred): +10". */
export function formatReason(t: MatchReasonsTranslator, names: NameLookup, r: ReasonLike): string {
  const path = `reasons.${r.key}`;
  if (!r.params || !t.has(path)) return r.text;
  return t(path, { ...values(t, names, r.params), points: signedPoints(r.points) });
}

/** The localized sentence of an unmet hard requirement. */
export function formatExclusion(t: MatchReasonsTranslator, names: NameLookup, e: ExclusionLike): string {
  const path = `exclusions.${e.code}`;
  if (!e.params || !t.has(path)) return e.text;
  return t(path, values(t, names, e.params));
}

/** The codes whose names a set of reasons or exclusions mentions, to load them in one go. */
export function codesToName(items: Iterable<ReasonLike | ExclusionLike>): { specialties: string[]; districts: string[]; languages: string[] } {
  const specialties = new Set<string>(),
    districts = new Set<string>(),
    languages = new Set<string>();
  for (const { params } of items) {
    if (params?.specialty !== undefined) specialties.add(String(params.specialty));
    if (params?.district !== undefined) districts.add(String(params.district));
    if (params?.language !== undefined) languages.add(String(params.language));
  }
  return { specialties: [...specialties], districts: [...districts], languages: [...languages] };
}

/** What a verdict shows: its reasons when eligible, its unmet requirements when excluded, else nothing. */
export function explainedItems(
  verdict: { state: "eligible"; reasons: ReasonLike[] } | { state: "excluded"; exclusions: ExclusionLike[] } | { state: string } | null,
): (ReasonLike | ExclusionLike)[] {
  if (verdict && "reasons" in verdict) return verdict.reasons;
  if (verdict && "exclusions" in verdict) return verdict.exclusions;
  return [];
}
