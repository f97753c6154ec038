import { Card } from "@/components/ui/card";
import type { ImpactDashboard } from "@/lib/data/impact/get-impact-dashboard";
import { countryDisplayName } from "@/lib/i18n/reference-names";
import { FigureTable } from "../figure-table";
import { StatList } from "../stat-list";
import { impactText } from "./impact-text";

/** Who registered and who was offered a placement, and how long that took. */
export async function OffersSection({ offers }: { offers: ImpactDashboard["offers"] }) {
  const { t, nf, num } = await impactText();
  return (
    <Card title={t("sections.offers")}>
      <StatList
        items={[
          { label: t("offers.registered"), value: num(offers.registered) },
          { label: t("offers.offered"), value: num(offers.offered) },
          { label: t("offers.share"), value: offers.sharePercent == null ? t("fewerThan5") : `${nf.format(offers.sharePercent)} %` },
          { label: t("offers.median"), value: offers.medianDays == null ? t("notApplicable") : t("offers.days", { n: nf.format(offers.medianDays) }) },
        ]}
      />
      <p className="mt-2 text-sm text-muted">{t("notes.offers")}</p>
    </Card>
  );
}

/** Where volunteers live: registered and placed, by country of residence. */
export async function CountriesSection({ rows }: { rows: ImpactDashboard["countries"] }) {
  const { t, locale, num } = await impactText();
  return (
    <Card title={t("sections.countries")}>
      <FigureTable
        caption={t("sections.countries")}
        captionHidden
        emptyText={t("noData")}
        rows={rows}
        rowKey={(r, i) => `${r.code}-${i}`}
        columns={[
          { header: t("columns.country"), cell: (r) => (r.country ? countryDisplayName(locale, r.code, r.country) : t("notStated")) },
          { header: t("columns.registered"), cell: (r) => num(r.registered), numeric: true },
          { header: t("columns.placed"), cell: (r) => num(r.placed), numeric: true },
        ]}
      />
    </Card>
  );
}

/** The coordinator's follow-up: reports waiting, feedback averages and the latest comments. */
export async function FollowUpSections({ followUp }: { followUp: NonNullable<ImpactDashboard["followUp"]> }) {
  const { t, nf } = await impactText();
  return (
    <>
      <Card title={t("sections.followUp")}>
        <StatList
          items={[
            { label: t("followUp.awaiting"), value: nf.format(followUp.awaitingConfirmation) },
            { label: t("followUp.missing"), value: nf.format(followUp.missingReport) },
          ]}
        />
      </Card>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("sections.feedback")}>
          <FigureTable
            caption={t("sections.feedback")}
            captionHidden
            emptyText={t("noData")}
            rows={followUp.feedback}
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
            rows={followUp.recentFeedback}
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
  );
}
