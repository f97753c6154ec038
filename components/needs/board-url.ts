import type { BoardQuery } from "@/lib/validation/needs";

/** The board's shareable URL for a query: only the parameters that are set, defaults omitted. */
export function boardHref(query: BoardQuery, page: number): string {
  const p = new URLSearchParams();
  const set = (k: string, v: string | number | undefined) => {
    if (v !== undefined && v !== "") p.set(k, String(v));
  };
  set("q", query.q);
  set("division", query.division);
  set("district", query.district);
  set("type", query.type);
  set("profession", query.profession);
  set("specialty", query.specialty);
  set("language", query.language);
  set("from", query.from);
  set("to", query.to);
  set("mode", query.mode);
  if (query.sort !== "relevance") set("sort", query.sort);
  if (page > 1) set("page", page);
  const s = p.toString();
  return s ? `/needs?${s}` : "/needs";
}
