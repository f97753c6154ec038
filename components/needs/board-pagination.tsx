import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { BoardQuery } from "@/lib/validation/needs";
import { boardHref } from "./board-url";

export async function BoardPagination({ query, page, pages }: { query: BoardQuery; page: number; pages: number }) {
  if (pages <= 1 && page <= 1) return null;
  const tc = await getTranslations("common");
  const t = await getTranslations("needs");
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={boardHref(query, page - 1)} rel="prev" className="text-brand-800 underline">
          {tc("previous")}
        </Link>
      ) : null}
      <span aria-current="page">{tc("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link href={boardHref(query, page + 1)} rel="next" className="text-brand-800 underline">
          {tc("next")}
        </Link>
      ) : null}
    </nav>
  );
}
