import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { BoardFilters } from "@/components/needs/board-filters";
import { NeedCard } from "@/components/needs/need-card";
import { BoardPagination } from "@/components/needs/board-pagination";
import { getActor } from "@/lib/auth/get-actor";
import { searchNeeds } from "@/lib/data/needs/search-needs";
import { districtOptions, divisionOptions, languageOptions, professionOptions, specialtyOptions } from "@/lib/data/needs/reference-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("needs");
  return { title: t("boardTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The public needs board: no sign-in, a plain GET form (works with JavaScript off), and every
 * search is a shareable URL. Input of any kind yields results or an empty list (issue 4).
 */
export default async function NeedsBoardPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const [actor, locale] = await Promise.all([getActor(), getLocale()]);
  const [result, divisions, districts, specialties, professions, languages] = await Promise.all([
    searchNeeds(actor, sp),
    divisionOptions(),
    districtOptions(27),
    specialtyOptions(locale),
    professionOptions(locale),
    languageOptions(),
  ]);
  const t = await getTranslations("needs");
  const tEveryday = await getTranslations("everyday");
  return (
    <div className="flex flex-col gap-4">
      <PageTitle>{t("boardTitle")}</PageTitle>
      <p>{t("boardIntro")}</p>
      {/* Some fifty controls sit between the search box and the first result (issue 18). */}
      <a href="#results" className="skip-link">
        {tEveryday("skipToResults")}
      </a>
      <BoardFilters query={result.query} options={{ divisions, districts, specialties, professions, languages }} />
      <p id="results" tabIndex={-1} role="status" className="font-medium">
        {t("results", { count: result.total })}
      </p>
      {result.rows.length === 0 ? <p>{t("noResults")}</p> : null}
      <ul className="flex flex-col gap-3">
        {result.rows.map((n) => (
          <li key={n.id}>
            <NeedCard need={n} />
          </li>
        ))}
      </ul>
      <BoardPagination query={result.query} page={result.page} pages={result.pages} />
    </div>
  );
}
