import { Card } from "@/components/ui/card";
import type { ImpactDashboard } from "@/lib/data/impact/get-impact-dashboard";
import { StatList } from "./stat-list";
import { impactText } from "./sections/impact-text";
import { GroupSection } from "./sections/group-section";
import { NeedFillSection, OpenLongestSection } from "./sections/need-sections";
import { CountriesSection, FollowUpSections, OffersSection } from "./sections/people-sections";
import { ContextSection, ExportsSection } from "./sections/source-sections";

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
  const { t, num } = await impactText();
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
        <GroupSection kind="division" title={t("sections.byDivision")} rows={d.byDivision} />
        <GroupSection kind="district" title={t("sections.byDistrict")} rows={d.byDistrict} />
        <GroupSection kind="needType" title={t("sections.byNeedType")} rows={d.byNeedType} />
        <GroupSection kind="specialty" title={t("sections.bySpecialty")} rows={d.bySpecialty} />
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

      <NeedFillSection rows={d.needFill} />
      <OpenLongestSection rows={d.openLongest} />

      <div className="grid gap-4 lg:grid-cols-2">
        <OffersSection offers={d.offers} />
        <CountriesSection rows={d.countries} />
      </div>

      {d.followUp ? <FollowUpSections followUp={d.followUp} /> : null}

      <ContextSection rows={d.context} />
      <ExportsSection csvBase={csvBase} datasets={datasets} filters={d.filters} />
    </div>
  );
}
