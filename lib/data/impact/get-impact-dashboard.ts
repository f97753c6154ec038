import "server-only";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize, authorizePublic } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { impactFiltersSchema, type ImpactFilters } from "@/lib/validation/impact";
import { contextFigures, type ContextFigure } from "./context-figures";
import * as q from "./dashboard-queries";
import { suppressRows, suppressValue, type Published } from "./suppress";

export type Audience = "public" | "coordinator";

export type PublishedGroup = { key: string; label: string; division: string | null; placements: Published; volunteerDays: Published; suppressed: boolean };
export type PublishedCountry = { code: string; country: string; registered: Published; placed: Published; suppressed: boolean };

export type ImpactDashboard = {
  audience: Audience;
  filters: ImpactFilters;
  /** Filter fields that were not valid and were ignored (message keys). */
  filterErrors: Record<string, string[]>;
  divisions: string[];
  totals: { placements: Published; volunteerDays: Published; volunteers: Published };
  byDivision: PublishedGroup[];
  byDistrict: PublishedGroup[];
  byNeedType: PublishedGroup[];
  bySpecialty: PublishedGroup[];
  needFill: (q.NeedFillRow & { total: boolean })[];
  openLongest: q.OpenNeedRow[];
  offers: { registered: Published; offered: Published; sharePercent: number | null; medianDays: Published; meanDays: Published };
  countries: PublishedCountry[];
  skills: {
    reports: Published;
    daysServed: Published;
    hours: Published;
    patientsSeen: Published;
    proceduresOrCamps: Published;
    staffTrained: Published;
    sessionsTaught: Published;
  };
  /** Coordinators only: the work still to do and what each side said. */
  followUp: { awaitingConfirmation: number; missingReport: number; feedback: q.AspectAverage[]; recentFeedback: q.FeedbackComment[] } | null;
  context: ContextFigure[];
};

/**
 * Filters come from a GET form (a shareable URL): an invalid field is reported and ignored rather
 * than failing the whole page. The CSV export uses parseImpactFiltersStrict instead.
 */
export function parseImpactFilters(input: Record<string, unknown>, divisions: readonly string[]): { filters: ImpactFilters; errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const res = impactFiltersSchema.safeParse(input);
  let filters: ImpactFilters = {};
  if (res.success) filters = res.data;
  else {
    for (const issue of res.error.issues) (errors[String(issue.path[0] ?? "_form")] ??= []).push(issue.message);
    // keep the fields that were fine on their own
    for (const k of ["from", "to", "division"] as const) {
      if (errors[k]) continue;
      const one = impactFiltersSchema.safeParse({ [k]: input[k] });
      if (one.success) filters = { ...filters, [k]: one.data[k] };
    }
  }
  if (filters.division && !divisions.includes(filters.division)) {
    errors.division = ["impact.errors.unknownDivision"];
    filters = { ...filters, division: undefined };
  }
  return { filters, errors };
}

export function parseImpactFiltersStrict(input: Record<string, unknown>, divisions: readonly string[]): ImpactFilters {
  const { filters, errors } = parseImpactFilters(input, divisions);
  if (Object.keys(errors).length) throw new AppError("invalid_input", "errors.invalid_input", errors);
  return filters;
}

const groupFigures = ["placements", "volunteerDays"] as const;

function publishGroups(rows: q.GroupFigures[], audience: Audience): PublishedGroup[] {
  if (audience === "coordinator") return rows.map(({ people: _p, ...r }) => (void _p, { ...r, suppressed: false }));
  return suppressRows(rows, (r) => r.people, groupFigures).map(({ people: _p, ...r }) => (void _p, r));
}

/**
 * The impact dashboard. The public audience (everyone, DESIGN "public impact figures") gets every
 * group of fewer than 5 people withheld and no personal data; coordinators get the raw figures and
 * the follow-up lists.
 */
export async function getImpactDashboard(actor: Actor, input: Record<string, unknown>, audience: Audience): Promise<ImpactDashboard> {
  if (audience === "public") authorizePublic(actor, "impact.public.read");
  else authorize(actor, "dashboard.read");
  const db = await getDb();
  const divisions = await q.listDivisions(db);
  const { filters, errors } = parseImpactFilters(input, divisions);
  const [totals, byDivision, byDistrict, byNeedType, bySpecialty, needFill, openLongest, offers, countries, skills, context] = await Promise.all([
    q.placementTotals(db, filters),
    q.placementsByDivision(db, filters),
    q.placementsByDistrict(db, filters),
    q.placementsByNeedType(db, filters),
    q.placementsBySpecialty(db, filters),
    q.needFill(db, filters),
    q.needsOpenLongest(db, filters),
    q.offerTiming(db, filters),
    q.volunteersByCountry(db, filters),
    q.skillTransfer(db, filters),
    contextFigures(db),
  ]);
  const pub = audience === "public";
  const guard = (value: number | null, people: number): Published => (pub ? suppressValue(value, people) : value);
  const notOffered = offers.registered - offers.offered;
  // The share is about two groups (offered, not offered): both must be large enough to publish it.
  const shareShown = offers.registered > 0 && (!pub || (guard(1, offers.offered) !== null && guard(1, notOffered) !== null));
  const countryRows: PublishedCountry[] = pub
    ? (() => {
        const reg = suppressRows(countries, (r) => r.registered, ["registered"] as const);
        const placed = suppressRows(countries, (r) => r.placed, ["placed"] as const);
        return countries.map((c, i) => ({
          code: c.code,
          country: c.country,
          registered: reg[i].registered,
          placed: reg[i].suppressed ? null : placed[i].placed,
          suppressed: reg[i].suppressed || placed[i].suppressed,
        }));
      })()
    : countries.map((c) => ({ ...c, suppressed: false }));
  let followUp: ImpactDashboard["followUp"] = null;
  if (!pub) {
    const [feedback, recentFeedback] = await Promise.all([q.feedbackAverages(db, filters), q.recentFeedback(db, filters)]);
    followUp = { awaitingConfirmation: skills.awaitingConfirmation, missingReport: skills.missingReport, feedback, recentFeedback };
  }
  return {
    audience,
    filters,
    filterErrors: errors,
    divisions,
    totals: {
      placements: guard(totals.placements, totals.people),
      volunteerDays: guard(totals.volunteerDays, totals.people),
      volunteers: guard(totals.people, totals.people),
    },
    byDivision: publishGroups(byDivision, audience),
    byDistrict: publishGroups(byDistrict, audience),
    byNeedType: publishGroups(byNeedType, audience),
    bySpecialty: publishGroups(bySpecialty, audience),
    needFill,
    openLongest,
    offers: {
      registered: guard(offers.registered, offers.registered),
      offered: guard(offers.offered, offers.offered),
      sharePercent: shareShown ? Math.round((offers.offered / offers.registered) * 1000) / 10 : null,
      medianDays: guard(offers.medianDaysToFirstOffer, offers.offered),
      meanDays: guard(offers.meanDaysToFirstOffer, offers.offered),
    },
    countries: countryRows,
    skills: {
      reports: guard(skills.reports, skills.people),
      daysServed: guard(skills.daysServed, skills.people),
      hours: guard(skills.hours, skills.people),
      patientsSeen: guard(skills.patientsSeen, skills.people),
      proceduresOrCamps: guard(skills.proceduresOrCamps, skills.people),
      staffTrained: guard(skills.staffTrained, skills.people),
      sessionsTaught: guard(skills.sessionsTaught, skills.people),
    },
    followUp,
    context,
  };
}
