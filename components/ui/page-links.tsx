import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * Previous · "Page x of y" · next, as plain links (works without JavaScript). Nothing when there is
 * only one page. `href` builds the link for a page number, keeping the list's filters.
 */
export async function PageLinks({ page, pages, href, label }: { page: number; pages: number; href: (page: number) => string; label: string }) {
  if (pages <= 1 && page <= 1) return null;
  const t = await getTranslations("common");
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="text-brand-800 underline">
          {t("previous")}
        </Link>
      ) : null}
      <span aria-current="page">{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next" className="text-brand-800 underline">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
