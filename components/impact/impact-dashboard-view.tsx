import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { ImpactDashboard, PublishedGroup } from "@/lib/data/impact/get-impact-dashboard";
import { countryDisplayName, referenceName } from "@/lib/i18n/reference-names";
import { BarChart } from "./bar-chart";
import { FigureTable } from "./figure-table";
import { StatList } from "./stat-list";

type Props = {
  dashboard: ImpactDashboard;
  /** Where the CSV files are served (public or coordinator route). */
  csvBase: string;
  datasets: string[];
};

/**
 * Both dashboards' sections. The data arrive already suppressed for the audience (lib/data/impact),
 * so this only renders: a withheld figure (null) always reads "fewer than 5".
 */
export async function ImpactDashboardView({ dashboard: d, csvBase, datasets }: Props) {
  const t = await getTranslations("impact");
  const locale = await getLocale();
  const nf = new Intl.NumberFormat(locale);
  const num = (n: number | null) => (n == null ? t("fewerThan5") : nf.format(n));
  const query = new URLSearchParams(
    Object.entries({ from: d.filters.from, to: d.filters.to, division: d.filters.division }).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();

  const groupLabel = (kind: "division" | "district" | "needType" | "specialty", g: PublishedGroup) => {
    if (kind === "needType") return t.has(`needTypes.${g.key}` as never) ? t(`needTypes.${g.key}` as never) : g.key;
    // Group keys are specialty codes: named in the reader's language (lib/i18n/reference-names).
    if (kind === "specialty") return g.label ? referenceName(locale, "specialties", g.key, g.label) : t("anySpecialty");
    return g.label || t("unknownDistrict");
  };

  const groupSection = (kind: "division" | "district" | "needType" | "specialty", title: string, rows: PublishedGroup[]) => {
    const id = `chart-${kind}`;
    const labelled = rows.map((g) => ({ ...g, shown: groupLabel(kind, g) }));
    const top = labelled.find((r) => r.placements != null);
    const header = t(`columns.${kind === "needType" ? "needType" : kind}`);
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
            id={id}
            title={`${title}: ${t("columns.placements")}`}
            description={
              top
                ? t("chart.desc", { measure: t("columns.placements"), dimension: header, count: rows.length, top: top.shown, topValue: nf.format(top.placements!) })
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
  };

  const fillRows = d.needFill;
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="totals-heading" className="flex flex-col gap-2">
        <h2 id="totals-heading" className="text-xl font-semibold">
          {t("totals.title")}
        </h2>
        <StatList
          items={[
            { label: t("totals.placements"), value: num(d.totals.placements) },
            { label: t("totals.volunteerDays"), value: num(d.totals.volunteerDays) },
            { label: t("totals.volunteers"), value: num(d.totals.volunteers) },
          ]}
        />
        <p className="text-sm text-muted">{t("notes.placements")}</p>
      </section>

      <div className="grid gap-4 lg:grid-cols-2">
        {groupSection("division", t("sections.byDivision"), d.byDivision)}
        {groupSection("district", t("sections.byDistrict"), d.byDistrict)}
        {groupSection("needType", t("sections.byNeedType"), d.byNeedType)}
        {groupSection("specialty", t("sections.bySpecialty"), d.bySpecialty)}
      </div>

      <Card title={t("sections.skills")}>
        <StatList
          items={(["reports", "daysServed", "hours", "patientsSeen", "proceduresOrCamps", "staffTrained", "sessionsTaught"] as const).map((k) => ({
            label: t(`skills.${k}`),
            value: num(d.skills[k]),
          }))}
        />
        <p className="mt-2 text-sm text-muted">{t("notes.skills")}</p>
      </Card>

      <Card title={t("sections.needs")}>
        <FigureTable
          caption={t("sections.needs")}
          captionHidden
          emptyText={t("noData")}
          rows={fillRows}
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

      <Card title={t("sections.openLongest")}>
        <FigureTable
          caption={t("sections.openLongest")}
          captionHidden
          emptyText={t("noData")}
          rows={d.openLongest}
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

      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("sections.offers")}>
          <StatList
            items={[
              { label: t("offers.registered"), value: num(d.offers.registered) },
              { label: t("offers.offered"), value: num(d.offers.offered) },
              { label: t("offers.share"), value: d.offers.sharePercent == null ? t("fewerThan5") : `${nf.format(d.offers.sharePercent)} %` },
              { label: t("offers.median"), value: d.offers.medianDays == null ? t("notApplicable") : t("offers.days", { n: nf.format(d.offers.medianDays) }) },
            ]}
          />
          <p className="mt-2 text-sm text-muted">{t("notes.offers")}</p>
        </Card>
        <Card title={t("sections.countries")}>
          <FigureTable
            caption={t("sections.countries")}
            captionHidden
            emptyText={t("noData")}
            rows={d.countries}
            rowKey={(r, i) => `${r.code}-${i}`}
            columns={[
              { header: t("columns.country"), cell: (r) => (r.country ? countryDisplayName(locale, r.code, r.country) : t("notStated")) },
              { header: t("columns.registered"), cell: (r) => num(r.registered), numeric: true },
              { header: t("columns.placed"), cell: (r) => num(r.placed), numeric: true },
            ]}
          />
        </Card>
      </div>

      {d.followUp ? (
        <>
          <Card title={t("sections.followUp")}>
            <StatList
              items={[
                { label: t("followUp.awaiting"), value: nf.format(d.followUp.awaitingConfirmation) },
                { label: t("followUp.missing"), value: nf.format(d.followUp.missingReport) },
              ]}
            />
          </Card>
          <div className="grid gap-4 lg:grid-cols-2">
            <Card title={t("sections.feedback")}>
              <FigureTable
                caption={t("sections.feedback")}
                captionHidden
                emptyText={t("noData")}
                rows={d.followUp.feedback}
                rowKey={(r) => `${r.side}-${r.aspect}`}
                columns={[
                  { header: t("columns.aspect"), cell: (r) => (t.has(`aspects.${r.aspect}` as never) ? t(`aspects.${r.aspect}` as never) : r.aspect) },
                  { header: t("columns.side"), cell: (r) => t(`sides.${r.side}`) },
                  { header: t("columns.average"), cell: (r) => nf.format(r.average), numeric: true },
                  { header: t("columns.ratings"), cell: (r) => nf.format(r.ratings), numeric: true },
                ]}
              />
            </Card>
            <Card title={t("sections.recentFeedback")}>
              <FigureTable
                caption={t("sections.recentFeedback")}
                captionHidden
                emptyText={t("noData")}
                rows={d.followUp.recentFeedback}
                rowKey={(r, i) => `${r.createdAt}-${i}`}
                columns={[
                  { header: t("columns.need"), cell: (r) => `${r.needTitle} (${r.organization})` },
                  { header: t("columns.volunteer"), cell: (r) => r.volunteerName ?? t("notStated") },
                  { header: t("columns.side"), cell: (r) => t(`sides.${r.side}`) },
                  { header: t("columns.average"), cell: (r) => nf.format(r.average), numeric: true },
                  { header: t("columns.comment"), cell: (r) => r.comment || t("notApplicable") },
                ]}
              />
            </Card>
          </div>
        </>
      ) : null}

      <Card title={t("sections.context")}>
        <p className="mb-2 text-sm text-muted">{t("notes.context")}</p>
        <FigureTable
          caption={t("sections.context")}
          captionHidden
          emptyText={t("noData")}
          rows={d.context}
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
    </div>
  );
}
