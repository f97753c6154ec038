import { Card } from "@/components/ui/card";
import type { ImpactDashboard } from "@/lib/data/impact/get-impact-dashboard";
import { FigureTable } from "../figure-table";
import { impactText } from "./impact-text";

/** Public health figures for context, each with its source and caveat. */
export async function ContextSection({ rows }: { rows: ImpactDashboard["context"] }) {
  const { t, nf } = await impactText();
  return (
    <Card title={t("sections.context")}>
      <p className="mb-2 text-sm text-muted">{t("notes.context")}</p>
      <FigureTable
        caption={t("sections.context")}
        captionHidden
        emptyText={t("noData")}
        rows={rows}
        rowKey={(r) => `${r.metricId}-${r.geography}`}
        columns={[
          { header: t("columns.figure"), cell: (r) => `${r.description} (${r.geography}, ${r.period})` },
          { header: t("columns.value"), cell: (r) => `${Number.isFinite(Number(r.value)) ? nf.format(Number(r.value)) : r.value} ${r.unit}`, numeric: true },
          {
            header: t("columns.source"),
            cell: (r) => (
              <>
                <span className="break-words">{r.primarySource}</span>
                {r.caveat ? <span className="block text-muted">{r.caveat}</span> : null}
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** The CSV downloads, with the dashboard's filters carried into each link. */
export async function ExportsSection({ csvBase, datasets, filters }: { csvBase: string; datasets: string[]; filters: ImpactDashboard["filters"] }) {
  const { t } = await impactText();
  const query = new URLSearchParams(
    Object.entries({ from: filters.from, to: filters.to, division: filters.division }).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();
  return (
    <Card title={t("sections.exports")}>
      <p className="mb-2 text-sm text-muted">{t("exports.intro")}</p>
      <ul className="grid gap-1 sm:grid-cols-2">
        {datasets.map((name) => (
          <li key={name}>
            <a href={`${csvBase}/${name}.csv${query ? `?${query}` : ""}`} className="text-brand-800 underline" download>
              {t.has(`exports.${name}` as never) ? t(`exports.${name}` as never) : name} (CSV)
            </a>
          </li>
        ))}
      </ul>
    </Card>
  );
}
