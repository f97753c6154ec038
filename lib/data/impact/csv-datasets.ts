// The impact CSV exports: one dataset per dashboard section, each with a fixed column layout that
// docs/impact-csv.md documents. PURE: turns a dashboard DTO (already suppressed for the public)
// into rows. Never reorder or rename columns; add new ones at the end.
import type { CsvValue } from "./csv";
import type { ImpactDashboard } from "./get-impact-dashboard";

type Dataset = {
  columns: readonly string[];
  rows: (d: ImpactDashboard) => CsvValue[][];
  /** Only in the coordinator export. */
  coordinatorOnly?: boolean;
};

/** Every file starts with the filters it was made with, so a shared file explains itself. */
export const FILTER_COLUMNS = ["period_from", "period_to", "division_filter"] as const;

export const datasets = {
  "placements-by-division": {
    columns: ["division", "placements", "volunteer_days", "suppressed"],
    rows: (d) => d.byDivision.map((r) => [r.key || null, r.placements, r.volunteerDays, r.suppressed]),
  },
  "placements-by-district": {
    columns: ["district_code", "district", "division", "placements", "volunteer_days", "suppressed"],
    rows: (d) => d.byDistrict.map((r) => [r.key || null, r.label || null, r.division, r.placements, r.volunteerDays, r.suppressed]),
  },
  "placements-by-need-type": {
    columns: ["need_type", "placements", "volunteer_days", "suppressed"],
    rows: (d) => d.byNeedType.map((r) => [r.key, r.placements, r.volunteerDays, r.suppressed]),
  },
  "placements-by-specialty": {
    columns: ["specialty_code", "specialty", "placements", "volunteer_days", "suppressed"],
    rows: (d) => d.bySpecialty.map((r) => [r.key || null, r.label || null, r.placements, r.volunteerDays, r.suppressed]),
  },
  "needs-fill": {
    columns: ["division", "needs", "filled", "partly_filled", "unfilled", "slots", "slots_filled"],
    rows: (d) => d.needFill.map((r) => [r.total ? "ALL" : r.division, r.needs, r.filled, r.partlyFilled, r.unfilled, r.slots, r.slotsFilled]),
  },
  "needs-open-longest": {
    columns: ["need_id", "title", "organization", "district", "division", "days_open", "slots", "slots_taken"],
    rows: (d) => d.openLongest.map((r) => [r.needId, r.title, r.organization, r.district, r.division, r.daysOpen, r.slots, r.taken]),
  },
  offers: {
    columns: ["registered", "offered", "share_offered_percent", "median_days_to_first_offer", "mean_days_to_first_offer"],
    rows: (d) => [[d.offers.registered, d.offers.offered, d.offers.sharePercent, d.offers.medianDays, d.offers.meanDays]],
  },
  "volunteers-by-country": {
    columns: ["country_code", "country", "registered", "placed", "suppressed"],
    rows: (d) => d.countries.map((r) => [r.code || null, r.country || null, r.registered, r.placed, r.suppressed]),
  },
  "skill-transfer": {
    columns: ["confirmed_reports", "days_served", "hours", "patients_seen", "procedures_or_camps", "staff_trained", "sessions_taught"],
    rows: (d) => [
      [
        d.skills.reports,
        d.skills.daysServed,
        d.skills.hours,
        d.skills.patientsSeen,
        d.skills.proceduresOrCamps,
        d.skills.staffTrained,
        d.skills.sessionsTaught,
      ],
    ],
  },
  context: {
    columns: ["metric_id", "geography", "period", "value", "unit", "description", "primary_source", "caveat"],
    rows: (d) => d.context.map((r) => [r.metricId, r.geography, r.period, r.value, r.unit, r.description, r.primarySource, r.caveat]),
  },
  "report-status": {
    coordinatorOnly: true,
    columns: ["awaiting_confirmation", "missing_report"],
    rows: (d) => (d.followUp ? [[d.followUp.awaitingConfirmation, d.followUp.missingReport]] : []),
  },
  "feedback-averages": {
    coordinatorOnly: true,
    columns: ["from_side", "aspect", "average", "ratings"],
    rows: (d) => (d.followUp ? d.followUp.feedback.map((r) => [r.side, r.aspect, r.average, r.ratings]) : []),
  },
} satisfies Record<string, Dataset>;

export type DatasetName = keyof typeof datasets;
export const datasetNames = Object.keys(datasets) as DatasetName[];

export function isDatasetName(v: string): v is DatasetName {
  return Object.hasOwn(datasets, v);
}

export function datasetsFor(audience: "public" | "coordinator"): DatasetName[] {
  return datasetNames.filter((n) => audience === "coordinator" || !(datasets[n] as Dataset).coordinatorOnly);
}

/** The dataset's header and rows, each row prefixed with the filters. */
export function datasetTable(name: DatasetName, d: ImpactDashboard): { columns: string[]; rows: CsvValue[][] } {
  const ds = datasets[name] as Dataset;
  const prefix: CsvValue[] = [d.filters.from ?? null, d.filters.to ?? null, d.filters.division ?? null];
  return { columns: [...FILTER_COLUMNS, ...ds.columns], rows: ds.rows(d).map((r) => [...prefix, ...r]) };
}
