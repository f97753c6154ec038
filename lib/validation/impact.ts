import { z } from "zod";
import { uuid } from "./common";
import { feedbackSides } from "@/lib/vocabulary/domain";

// Service reports, confirmations and feedback (issue 7). One schema per input, shared by the forms,
// the actions and the API. Messages are keys: plain ones under errors.field.*, the impact-specific
// ones are full keys under impact.errors.* (useFormText resolves both).

/** Upper bounds that no real placement reaches; they catch typing slips (an extra zero), not lies. */
export const REPORT_LIMITS = {
  daysServed: 365, // the platform cap on a placement's length (DESIGN rule 1)
  patientsPerDay: 500, // a busy camp day; more is almost certainly a typo
  proceduresOrCamps: 5_000,
  staffTrained: 5_000,
  sessionsTaught: 2_000,
} as const;

/** FormData sends "" for an empty number box: treat it as missing so "required" is reported, not 0. */
const count = (max: number, min = 0, minMessage = "impact.errors.negative") =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim())) : v),
    z
      .number({ error: (iss) => (iss.input === undefined ? "required" : "invalid") })
      .int("impact.errors.wholeNumber")
      .min(min, minMessage)
      .max(max, "impact.errors.implausible"),
  );

/** Optional count: empty means 0 (most placements train nobody, run no camp). */
const optionalCount = (max: number) => z.preprocess((v) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? 0 : v), count(max));

const longText = (max: number) => z.preprocess((v) => (v == null ? "" : v), z.string({ error: "invalid" }).trim().max(max, "too_long"));

/** The figures a report carries; the organisation's corrections use the same shape and rules. */
const figuresShape = {
  daysServed: count(REPORT_LIMITS.daysServed, 1, "impact.errors.atLeastOneDay"),
  hours: count(24 * REPORT_LIMITS.daysServed),
  patientsSeen: optionalCount(REPORT_LIMITS.patientsPerDay * REPORT_LIMITS.daysServed),
  proceduresOrCamps: optionalCount(REPORT_LIMITS.proceduresOrCamps),
  staffTrained: optionalCount(REPORT_LIMITS.staffTrained),
  sessionsTaught: optionalCount(REPORT_LIMITS.sessionsTaught),
};

export type ReportFigures = {
  daysServed: number;
  hours: number;
  patientsSeen: number;
  proceduresOrCamps: number;
  staffTrained: number;
  sessionsTaught: number;
};
export const figureKeys = ["daysServed", "hours", "patientsSeen", "proceduresOrCamps", "staffTrained", "sessionsTaught"] as const;

const whole = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);

/**
 * Cross-field plausibility: hours fit in the days served, patients fit a day's work. Runs even when
 * another field failed (`when`), comparing only the figures that did parse, so one error never hides
 * another (issue 18: the hours error used to appear only after every other field was fixed).
 */
function checkFigures(f: Partial<Record<keyof ReportFigures, unknown>>, ctx: z.RefinementCtx): void {
  if (!whole(f.daysServed) || f.daysServed < 1) return;
  if (whole(f.hours) && f.hours > 24 * f.daysServed) {
    ctx.addIssue({ code: "custom", path: ["hours"], message: "impact.errors.hoursOverDays" });
  }
  if (whole(f.patientsSeen) && f.patientsSeen > REPORT_LIMITS.patientsPerDay * f.daysServed) {
    ctx.addIssue({ code: "custom", path: ["patientsSeen"], message: "impact.errors.implausible" });
  }
}
const always = { when: () => true };

/** Days served cannot exceed the placement's own length (DESIGN rule 1: time-limited); null = unknown. */
export function daysWithinPlacement(maxDays: number | null) {
  return (f: { daysServed?: unknown }, ctx: z.RefinementCtx) => {
    if (maxDays !== null && whole(f.daysServed) && f.daysServed > maxDays) {
      ctx.addIssue({ code: "custom", path: ["daysServed"], message: "impact.errors.daysOverPlacement" });
    }
  };
}
export const checkAlways = always;

export const serviceReportSchema = z
  .object({
    placementId: uuid,
    ...figuresShape,
    trainingTopics: longText(1_000),
    materialsLeft: longText(2_000),
    followUp: longText(1_000),
    narrative: longText(5_000),
    /** "draft" keeps it private to the volunteer; "submit" sends it to the organisation to confirm. */
    intent: z.enum(["draft", "submit"], { error: "invalid" }).default("submit"),
  })
  .superRefine(checkFigures, always);
export type ServiceReportInput = z.output<typeof serviceReportSchema>;

export const confirmReportSchema = z
  .object({
    placementId: uuid,
    ...figuresShape,
    note: longText(1_000),
  })
  .superRefine(checkFigures, always);
export type ConfirmReportInput = z.output<typeof confirmReportSchema>;

// The aspects each side rates. Named and few, so averages mean the same thing across placements.
export const volunteerRatesOrganization = ["preparation", "onSiteSupport", "roleClarity", "logistics"] as const;
export const organizationRatesVolunteer = ["clinicalSkill", "teaching", "communication", "reliability"] as const;
export { feedbackSides };
export type FeedbackSide = (typeof feedbackSides)[number];

export function aspectsFor(side: FeedbackSide): readonly string[] {
  return side === "volunteer" ? volunteerRatesOrganization : organizationRatesVolunteer;
}

const rating = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v)) : v),
  z
    .number({ error: (iss) => (iss.input === undefined ? "required" : "invalid") })
    .int("invalid")
    .min(1, "impact.errors.ratingRange")
    .max(5, "impact.errors.ratingRange"),
);

const ratingsFor = <const A extends readonly string[]>(aspects: A) =>
  z.object(Object.fromEntries(aspects.map((a) => [a, rating])) as { [K in A[number]]: typeof rating }).strict();

export const feedbackSchema = z.discriminatedUnion(
  "side",
  [
    z.object({ side: z.literal("volunteer"), placementId: uuid, ratings: ratingsFor(volunteerRatesOrganization), comment: longText(2_000) }),
    z.object({ side: z.literal("organization"), placementId: uuid, ratings: ratingsFor(organizationRatesVolunteer), comment: longText(2_000) }),
  ],
  { error: "invalid" },
);
export type FeedbackInput = z.output<typeof feedbackSchema>;

/** Form fields `rating_<aspect>` → the API shape `{ ratings: { aspect: n } }`. */
export function feedbackInputFromForm(form: Record<string, unknown>): Record<string, unknown> {
  const ratings: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(form)) {
    if (k.startsWith("rating_")) ratings[k.slice("rating_".length)] = v;
    else rest[k] = v;
  }
  const side = rest.side === "organization" ? "organization" : rest.side === "volunteer" ? "volunteer" : rest.side;
  // Every named aspect is present (undefined when unanswered) so "required" is reported per aspect.
  if (side === "volunteer" || side === "organization") for (const a of aspectsFor(side)) ratings[a] ??= undefined;
  return { ...rest, side, ratings };
}

// Dashboard filters: GET parameters, so a filtered view is a shareable URL.
const isoDate = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.iso.date({ error: "impact.errors.date" }).optional());

export const impactFiltersSchema = z
  .object({
    from: isoDate,
    to: isoDate,
    division: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(80, "too_long").optional()),
  })
  .superRefine((f, ctx) => {
    // zod 4 runs this even when a date failed its format: compare only two real dates.
    const real = (d: string | undefined) => d !== undefined && z.iso.date().safeParse(d).success;
    if (real(f.from) && real(f.to) && f.from! >= f.to!) ctx.addIssue({ code: "custom", path: ["to"], message: "impact.errors.periodOrder" });
  });
export type ImpactFilters = z.output<typeof impactFiltersSchema>;
