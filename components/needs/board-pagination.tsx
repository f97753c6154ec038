import { getTranslations } from "next-intl/server";
import { PageLinks } from "@/components/ui/page-links";
import type { BoardQuery } from "@/lib/validation/needs";
import { boardHref } from "./board-url";

export async function BoardPagination({ query, page, pages }: { query: BoardQuery; page: number; pages: number }) {
  const t = await getTranslations("needs");
  return <PageLinks page={page} pages={pages} href={(p) => boardHref(query, p)} label={t("pagination")} />;
}
