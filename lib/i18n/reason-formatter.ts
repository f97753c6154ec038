import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { loadReasonNames } from "@/lib/data/matching/reason-names";
import { defaultLocale, isLocale } from "@/messages";
import { codesToName, formatExclusion, formatReason, type ExclusionLike, type MatchReasonsTranslator, type ReasonLike } from "./match-reasons";

export type ReasonFormatter = {
  reason: (r: ReasonLike) => string;
  exclusion: (e: ExclusionLike) => string;
};

/**
 * Renders reasons and exclusions in the request's language. Pass everything the page will show,
 * so that the names of all the codes they mention load in one go (at most three small queries).
 */
export async function getReasonFormatter(items: Iterable<ReasonLike | ExclusionLike>): Promise<ReasonFormatter> {
  const [t, requested, db] = await Promise.all([getTranslations("matchReasons"), getLocale(), getDb()]);
  const locale = isLocale(requested) ? requested : defaultLocale;
  const names = await loadReasonNames(db, locale, codesToName(items));
  // Keys come from the data (reason keys, exclusion codes), not from literals, so the typed
  // translator is used untyped; formatReason checks `has` first.
  const tr = Object.assign((key: string, values?: Record<string, string | number>) => t(key as never, values as never), {
    has: (key: string) => t.has(key as never),
  }) satisfies MatchReasonsTranslator;
  return { reason: (r) => formatReason(tr, names, r), exclusion: (e) => formatExclusion(tr, names, e) };
}
