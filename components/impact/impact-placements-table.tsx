import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ImpactPlacementRow } from "@/lib/data/impact/list-impact-placements";
import { FigureTable } from "./figure-table";
import { getWhen } from "@/lib/i18n/when-server";

/** The completed placements a volunteer or an organisation has to report on or rate. */
export async function ImpactPlacementsTable({ rows, basePath, showVolunteer }: { rows: ImpactPlacementRow[]; basePath: string; showVolunteer: boolean }) {
  const t = await getTranslations("impact.reports");
  const when = await getWhen();
  return (
    <FigureTable
      caption={t("placement")}
      captionHidden
      emptyText={t("none")}
      rows={rows}
      rowKey={(r) => r.placementId}
      columns={[
        { header: t("placement"), cell: (r) => `${r.needTitle} — ${r.organizationName}${showVolunteer && r.volunteerName ? ` (${r.volunteerName})` : ""}` },
        { header: t("period"), cell: (r) => when.halfOpen(r.startDate, r.endDate) },
        { header: t("status"), cell: (r) => t(`statuses.${r.reportStatus ?? "none"}`) },
        { header: t("feedback"), cell: (r) => (r.feedbackLeft ? t("feedbackLeft") : t("feedbackMissing")) },
        {
          header: t("open"),
          cell: (r) => (
            <Link href={`${basePath}/${r.placementId}`} className="text-brand-800 underline">
              {t("open")}
              <span className="sr-only">: {r.needTitle}</span>
            </Link>
          ),
        },
      ]}
    />
  );
}
