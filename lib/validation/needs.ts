import { z } from "zod";
import { checkbox, optionalText, requiredText, uuid } from "./common";
import { addDays, calendarDate, daysBetween, isCalendarDate, optionalCalendarDate } from "./calendar-dates";

import { needTypes, serviceModes as needModes, type NeedType } from "@/lib/vocabulary/domain";

export { needModes, needTypes, type NeedType };

/**
 * DESIGN rule 3: clinical in-person needs default to level 3 (recognised for practice where the need
 * is), teaching and tele-mentoring to 1. Public health programmes (screening camps, immunisation
 * drives, surveys) default to 2: the volunteer's licence must be verified because they may examine
 * people, but the work runs under the local programme's own clinicians (docs/decisions/005-needs-rules-and-board-search.md).
 */
export function defaultCredentialLevel(type: NeedType): 0 | 1 | 2 | 3 {
  switch (type) {
    case "rural_primary_care":
    case "specialist_camp":
      return 3;
    case "public_health":
      return 2;
    case "teaching":
    case "tele_mentoring":
      return 1;
  }
}

/**
 * DESIGN rule 3: a clinical need served in person (patient contact where the need is) asks for
 * level 3; an organisation may raise any minimum but never lower this one. The database holds the
 * same rule (needs_clinical_min_level, migration 0012).
 */
export const CLINICAL_IN_PERSON_LEVEL = 3;
export function isClinicalInPerson(type: NeedType, remote: boolean): boolean {
  return !remote && (type === "rural_primary_care" || type === "specialist_camp");
}

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const optionalInt = (min: number, max: number) =>
  z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "invalid" }).int("invalid").min(min, "needs.errors.outOfRange").max(max, "needs.errors.outOfRange").optional(),
  );
const codeList = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v.filter((x) => x !== "") : [v]),
  z
    .array(
      z
        .string()
        .trim()
        .regex(/^[a-z]{3}$/, "invalid"),
    )
    .max(10, "too_long"),
);
const optionalCode = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max, "invalid").optional());

/** The fields of a need as the organisation's form (and the API) sends them. */
export const needFieldsSchema = z.object({
  facilityId: uuid,
  type: z.enum(needTypes, { error: "required" }),
  mode: z.enum(needModes, { error: "required" }),
  title: requiredText(150).pipe(z.string().min(5, "too_short")),
  description: z.preprocess((v) => (v == null ? "" : v), z.string().trim().max(5000, "too_long")),
  professionCode: optionalCode(80),
  specialtyCode: optionalCode(10),
  requiredLanguages: codeList,
  preferredLanguages: codeList,
  windowStart: calendarDate,
  /** Last day of the window, inclusive (stored as the half-open daterange [start, end + 1)). */
  windowEnd: calendarDate,
  minDays: optionalInt(1, 365),
  maxDays: optionalInt(1, 365),
  hoursPerWeek: optionalInt(1, 60),
  weeks: optionalInt(1, 52),
  slots: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "required" }).int("invalid").min(1, "needs.errors.slotsRange").max(100, "needs.errors.slotsRange"),
  ),
  minCredentialLevel: optionalInt(0, 3),
  offersHousing: checkbox,
  offersMeals: checkbox,
  offersLocalTravel: checkbox,
  offersStipend: checkbox,
  offersIndemnity: checkbox,
  applicationDeadline: optionalCalendarDate,
});
export type NeedFields = z.infer<typeof needFieldsSchema>;

export const createNeedSchema = needFieldsSchema.extend({ organizationId: uuid });
export const updateNeedSchema = needFieldsSchema.extend({ needId: uuid });

export const needRefSchema = z.object({ needId: uuid });

export const closeNeedSchema = z.object({
  needId: uuid,
  outcome: z.enum(["closed", "cancelled"], { error: "required" }),
  reason: requiredText(1000),
});

export const answerInterestSchema = z
  .object({
    interestId: uuid,
    status: z.enum(["seen", "shortlisted", "not_suitable"], { error: "required" }),
    reason: optionalText(1000),
  })
  .refine((v) => v.status !== "not_suitable" || (v.reason ?? "").length > 0, { path: ["reason"], message: "needs.errors.reasonRequired" });

export const rankCandidateSchema = z.object({
  needId: uuid,
  volunteerId: uuid,
  /** 1 = most preferred; omitted or "" removes the mark. */
  rank: optionalInt(1, 100),
});

export type NeedRuleContext = { today: string; capDays: number; checkFuture: boolean };

/**
 * The need rules that depend on today's date and the platform cap (DESIGN rule 1), pure so the
 * server and the tests share them. Returns field → message keys; empty when the need is valid.
 */
export function needRuleErrors(d: NeedFields, ctx: NeedRuleContext): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, key: string) => (errors[field] ??= []).push(key);
  if (ctx.checkFuture && d.windowStart <= ctx.today) add("windowStart", "needs.errors.windowPast");
  if (d.windowEnd < d.windowStart) add("windowEnd", "needs.errors.windowOrder");
  const length = daysBetween(d.windowStart, addDays(d.windowEnd, 1));
  if (length > ctx.capDays) add("windowEnd", "needs.errors.windowAboveCap");
  if (d.mode === "in_person") {
    if (d.minDays === undefined) add("minDays", "required");
    if (d.maxDays === undefined) add("maxDays", "required");
    if (d.minDays !== undefined && d.maxDays !== undefined && d.minDays > d.maxDays) add("maxDays", "needs.errors.minAboveMax");
    if (d.maxDays !== undefined && length >= 1 && d.maxDays > length) add("maxDays", "needs.errors.maxAboveWindow");
  } else {
    if (d.hoursPerWeek === undefined) add("hoursPerWeek", "required");
    if (d.weeks === undefined) add("weeks", "required");
    if (d.weeks !== undefined && length >= 1 && d.weeks * 7 > length) add("weeks", "needs.errors.weeksAboveWindow");
  }
  if (d.type === "tele_mentoring" && d.mode !== "remote") add("mode", "needs.errors.teleRemote");
  if (d.applicationDeadline !== undefined) {
    if (d.applicationDeadline >= d.windowStart) add("applicationDeadline", "needs.errors.deadlineAfterStart");
    else if (ctx.checkFuture && d.applicationDeadline < ctx.today) add("applicationDeadline", "needs.errors.deadlinePast");
  }
  const both = d.preferredLanguages.filter((c) => d.requiredLanguages.includes(c));
  if (both.length) add("preferredLanguages", "needs.errors.languageTwice");
  if (isClinicalInPerson(d.type, d.mode === "remote") && d.minCredentialLevel !== undefined && d.minCredentialLevel < CLINICAL_IN_PERSON_LEVEL) {
    add("minCredentialLevel", "needs.errors.clinicalLevel");
  }
  return errors;
}

/** Stored lengths: remote needs keep weeks × 7 days as both bounds (DESIGN rule 1 in hours/weeks). */
export function storedLengths(d: NeedFields): { minDays: number; maxDays: number; hoursPerWeek: number | null; weeks: number | null } {
  if (d.mode === "remote") {
    const days = (d.weeks ?? 1) * 7;
    return { minDays: days, maxDays: days, hoursPerWeek: d.hoursPerWeek ?? null, weeks: d.weeks ?? null };
  }
  return { minDays: d.minDays ?? 1, maxDays: d.maxDays ?? 1, hoursPerWeek: null, weeks: null };
}

// ---------- public board ----------

export const boardSorts = ["relevance", "start", "newest", "deadline"] as const;
export const BOARD_QUERY_MAX = 200;

const softDate = z.preprocess((v) => (typeof v === "string" && isCalendarDate(v.trim()) ? v.trim() : undefined), z.string().optional());
const softText = (max: number) => z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim().slice(0, max) : undefined), z.string().optional());

/**
 * The board's query string. Never rejects: anything unusable falls back to "no filter", and the
 * text is cut to BOARD_QUERY_MAX characters, so hostile input yields results or an empty list (issue 4).
 */
export const boardQuerySchema = z.object({
  q: z.preprocess(
    (v) => (typeof v === "string" ? v.slice(0, BOARD_QUERY_MAX) : Array.isArray(v) ? String(v[0] ?? "").slice(0, BOARD_QUERY_MAX) : ""),
    z.string(),
  ),
  division: softText(60),
  district: z.preprocess((v) => (typeof v === "string" && /^[0-9]{1,6}$/.test(v) ? Number(v) : undefined), z.number().optional()),
  type: z.enum(needTypes).optional().catch(undefined),
  profession: softText(80),
  specialty: softText(10),
  language: z.preprocess((v) => (typeof v === "string" && /^[a-z]{3}$/.test(v) ? v : undefined), z.string().optional()),
  from: softDate,
  to: softDate,
  mode: z.enum(needModes).optional().catch(undefined),
  sort: z.enum(boardSorts).catch("relevance").default("relevance"),
  page: z.preprocess((v) => (typeof v === "string" && /^[0-9]{1,4}$/.test(v) ? Number(v) : 1), z.number().int().min(1).max(1000).catch(1)),
});
export type BoardQuery = z.infer<typeof boardQuerySchema>;
