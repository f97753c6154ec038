import { Card } from "@/components/ui/card";
import type { PublishedGroup } from "@/lib/data/impact/get-impact-dashboard";
import { referenceName } from "@/lib/i18n/reference-names";
import { BarChart } from "../bar-chart";
import { FigureTable } from "../figure-table";
import { impactText } from "./impact-text";

export type GroupKind = "division" | "district" | "needType" | "specialty";

/** Placements and volunteer-days by one grouping: a bar chart with its figures as a table. */
export async function GroupSection({ kind, title, rows }: { kind: GroupKind; title: string; rows: PublishedGroup[] }) {
  const { t, locale, nf, num } = await impactText();
  const label = (g: PublishedGroup) => {
    if (kind === "needType") return t.has(`needTypes.${g.key}` as never) ? t(`needTypes.${g.key}` as never) : g.key;
    // Group keys are specialty codes: named in the reader's language (lib/i18n/reference-names).
    if (kind === "specialty") return g.label ? referenceName(locale, "specialties", g.key, g.label) : t("anySpecialty");
    return g.label || t("unknownDistrict");
  };
  const labelled = rows.map((g) => ({ ...g, shown: label(g) }));
  const top = labelled.find((r) => r.placements != null);
  const header = t(`columns.${kind}`);
  const table = (
    <FigureTable
      caption={title}
      captionHidden
      rows={labelled}
      rowKey={(r, i) => `${r.key}-${i}`}
      columns={[
        { header, cell: (r) => r.shown },
        ...(kind === "district" ? [{ header: t("columns.division"), cell: (r: (typeof labelled)[number]) => r.division ?? t("notApplicable") }] : []),
        { header: t("columns.placements"), cell: (r) => num(r.placements), numeric: true },
        { header: t("columns.volunteerDays"), cell: (r) => num(r.volunteerDays), numeric: true },
      ]}
    />
  );
  return (
    <Card title={title}>
      {rows.length === 0 ? (
        <p className="text-muted">{t("noData")}</p>
      ) : (
        <BarChart
          id={`chart-${kind}`}
          title={`${title}: ${t("columns.placements")}`}
          description={
            top
              ? t("chart.desc", {
                  measure: t("columns.placements"),
                  dimension: header,
                  count: rows.length,
                  top: top.shown,
                  topValue: nf.format(top.placements!),
                })
              : t("chart.descEmpty")
          }
          rows={labelled.map((r) => ({ label: r.shown, value: r.placements }))}
          withheldText={t("fewerThan5")}
          format={(n) => nf.format(n)}
          table={table}
          showTableText={t("chart.showTable")}
        />
      )}
      {kind === "district" ? <p className="mt-2 text-sm text-muted">{t("notes.noMap")}</p> : null}
    </Card>
  );
}
