import { Card } from "@/components/ui/card";
import type { ImpactDashboard } from "@/lib/data/impact/get-impact-dashboard";
import { FigureTable } from "../figure-table";
import { impactText } from "./impact-text";

/** How many needs and slots were filled, by division, with the total last. */
export async function NeedFillSection({ rows }: { rows: ImpactDashboard["needFill"] }) {
  const { t, nf } = await impactText();
  return (
    <Card title={t("sections.needs")}>
      <FigureTable
        caption={t("sections.needs")}
        captionHidden
        emptyText={t("noData")}
        rows={rows}
        rowKey={(r, i) => `${r.division}-${i}`}
        columns={[
          { header: t("columns.division"), cell: (r) => (r.total ? t("columns.total") : (r.division ?? t("unknownDistrict"))) },
          { header: t("columns.needs"), cell: (r) => nf.format(r.needs), numeric: true },
          { header: t("columns.filled"), cell: (r) => nf.format(r.filled), numeric: true },
          { header: t("columns.partlyFilled"), cell: (r) => nf.format(r.partlyFilled), numeric: true },
          { header: t("columns.unfilled"), cell: (r) => nf.format(r.unfilled), numeric: true },
          { header: t("columns.slots"), cell: (r) => nf.format(r.slots), numeric: true },
          { header: t("columns.slotsFilled"), cell: (r) => nf.format(r.slotsFilled), numeric: true },
        ]}
      />
    </Card>
  );
}

/** The needs that have waited longest for volunteers. */
export async function OpenLongestSection({ rows }: { rows: ImpactDashboard["openLongest"] }) {
  const { t, nf } = await impactText();
  return (
    <Card title={t("sections.openLongest")}>
      <FigureTable
        caption={t("sections.openLongest")}
        captionHidden
        emptyText={t("noData")}
        rows={rows}
        rowKey={(r) => r.needId}
        columns={[
          { header: t("columns.need"), cell: (r) => r.title },
          { header: t("columns.organization"), cell: (r) => r.organization },
          { header: t("columns.district"), cell: (r) => r.district ?? t("unknownDistrict") },
          { header: t("columns.daysOpen"), cell: (r) => nf.format(r.daysOpen), numeric: true },
          { header: t("columns.slotsTaken"), cell: (r) => `${nf.format(r.taken)} / ${nf.format(r.slots)}`, numeric: true },
        ]}
      />
    </Card>
  );
}
