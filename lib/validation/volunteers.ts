import { z } from "zod";
import { checkbox, optionalText, requiredText, uuid } from "./common";
import { calendarDate, optionalCalendarDate } from "./calendar-dates";

// One schema per volunteer input, shared by the forms, the actions and the JSON API (DESIGN rule 8).
// z.object strips unknown keys, so `role`, `verificationLevel` or `userId` added to a post are ignored.

/** Bumped whenever the privacy notice shown at sign-up and in settings changes; stored on every consent row. */
export const NOTICE_VERSION = "2026-11-v1";
export type ConsentPurpose = (typeof consentPurposes)[number];

export { consentPurposes, proficiencies, serviceModes } from "@/lib/vocabulary/domain";
import { consentPurposes, proficiencies, serviceModes } from "@/lib/vocabulary/domain";

/**
 * FormData posts nested rows as "languages.0.code"; JSON posts them as arrays of objects. This turns
 * the first into the second so one schema serves both.
 */
export function unflatten(input: unknown): unknown {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    const m = /^([A-Za-z]+)\.(\d{1,2})\.([A-Za-z]+)$/.exec(key);
    if (!m) {
      out[key] = value;
      continue;
    }
    const [, list, index, field] = m;
    const arr = (Array.isArray(out[list]) ? out[list] : (out[list] = [])) as Record<string, unknown>[];
    (arr[Number(index)] ??= {})[field] = value;
  }
  for (const v of Object.values(out)) if (Array.isArray(v)) for (let i = 0; i < v.length; i++) v[i] ??= {};
  return out;
}

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const toArray = (v: unknown) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]);

const optionalInt = (min: number, max: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number({ error: "number_invalid" }).int("number_invalid").min(min, "too_small").max(max, "too_large").optional());

/** Picker text ("Pune — पुणे, Maharashtra [490]", "पुणे", "mar", "Marathi"): resolved against reference data by the use case. */
const pickerText = (max = 200) => z.preprocess(emptyToUndefined, z.string().trim().max(max, "too_long").optional());

// ---------------------------------------------------------------- sign-up (volunteer part)

/** The volunteer-only part of sign-up: separate consents and the adults-only rule. */
export const volunteerSignUpFields = {
  consentMatching: checkbox,
  consentProfileSharing: checkbox,
  consentContactFuture: checkbox,
  adultDeclared: checkbox,
  dateOfBirth: optionalCalendarDate,
};

// ---------------------------------------------------------------- consents

export const consentChangeSchema = z.object({
  purpose: z.enum(consentPurposes, { error: "invalid" }),
  granted: checkbox,
});

// ---------------------------------------------------------------- profile

const languageRow = z.object({
  language: pickerText(120),
  proficiency: z.preprocess(emptyToUndefined, z.enum(proficiencies, { error: "invalid" }).optional()),
});

const qualificationRow = z.object({
  degree: optionalText(200),
  institution: optionalText(200),
  countryCode: pickerText(2),
  year: optionalInt(1950, 2100),
});

export const profileSchema = z.preprocess(
  unflatten,
  z
    .object({
      fullName: requiredText(120),
      professionCode: pickerText(64),
      primarySpecialty: pickerText(8),
      otherSpecialties: z.preprocess(toArray, z.array(z.string().trim().max(8, "too_long")).max(10, "too_many")),
      yearsExperience: z.preprocess(
        (v) => (v === "" || v === undefined ? 0 : v),
        z.coerce.number({ error: "number_invalid" }).int("number_invalid").min(0, "too_small").max(70, "too_large"),
      ),
      countryOfResidence: pickerText(2),
      city: optionalText(120),
      originStateCode: optionalInt(1, 99),
      originDistrict: pickerText(),
      preferredDistricts: z.preprocess(toArray, z.array(z.string().trim().max(200, "too_long")).max(10, "too_many")),
      inPerson: checkbox,
      remote: checkbox,
      maxPlacementDays: optionalInt(1, 365),
      bio: optionalText(2000),
      phone: z.preprocess(
        emptyToUndefined,
        z
          .string()
          .trim()
          .max(30, "too_long")
          .regex(/^\+?[0-9 ()-]{6,30}$/, "phone_invalid")
          .optional(),
      ),
      languages: z.preprocess(toArray, z.array(languageRow).max(12, "too_many")),
      qualifications: z.preprocess(toArray, z.array(qualificationRow).max(10, "too_many")),
    })
    .superRefine((v, ctx) => {
      if (!v.inPerson && !v.remote) ctx.addIssue({ code: "custom", path: ["inPerson"], message: "mode_required" });
      v.languages.forEach((row, i) => {
        if (row.language && !row.proficiency) ctx.addIssue({ code: "custom", path: ["languages", i, "proficiency"], message: "required" });
      });
      v.qualifications.forEach((row, i) => {
        const any = row.degree || row.institution || row.countryCode || row.year;
        if (any && !row.degree) ctx.addIssue({ code: "custom", path: ["qualifications", i, "degree"], message: "required" });
        if (any && !row.institution) ctx.addIssue({ code: "custom", path: ["qualifications", i, "institution"], message: "required" });
      });
    }),
);
export type ProfileInput = z.output<typeof profileSchema>;

// ---------------------------------------------------------------- licences

const licenceFields = {
  authority: requiredText(200),
  countryCode: z
    .string({ error: "required" })
    .trim()
    .regex(/^[A-Za-z]{2}$/, "required")
    .transform((s) => s.toUpperCase()),
  region: optionalText(120),
  number: requiredText(64).pipe(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 ./-]*$/, "licence_number_invalid")),
  validFrom: optionalCalendarDate,
  validTo: optionalCalendarDate,
  documentId: z.preprocess(emptyToUndefined, uuid.optional()),
};
const validToAfterFrom = (v: { validFrom?: string; validTo?: string }, ctx: z.RefinementCtx) => {
  if (v.validFrom && v.validTo && v.validTo <= v.validFrom) ctx.addIssue({ code: "custom", path: ["validTo"], message: "end_before_start" });
};
export const licenceSchema = z.object(licenceFields).superRefine(validToAfterFrom);
export type LicenceInput = z.output<typeof licenceSchema>;
export const licenceUpdateSchema = z.object({ licenceId: uuid, ...licenceFields }).superRefine(validToAfterFrom);

export const idSchema = z.object({ id: uuid });

// ---------------------------------------------------------------- availability

/**
 * The form asks for the first and the last day (both served); storage is half-open [start, end).
 * Range rules that need today or the platform cap are checked in the use case.
 */
export const availabilitySchema = z
  .object({
    start: calendarDate,
    lastDay: calendarDate,
    mode: z.enum(serviceModes, { error: "required" }),
    hoursPerWeek: optionalInt(1, 60),
  })
  .superRefine((v, ctx) => {
    if (v.start && v.lastDay && v.lastDay < v.start) ctx.addIssue({ code: "custom", path: ["lastDay"], message: "end_before_start" });
    if (v.mode === "in_person" && v.hoursPerWeek !== undefined) ctx.addIssue({ code: "custom", path: ["hoursPerWeek"], message: "hours_remote_only" });
  });
export type AvailabilityInput = z.output<typeof availabilitySchema>;

export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

// ---------------------------------------------------------------- interests

export const expressInterestSchema = z.object({ needId: uuid, note: optionalText(1000) });
export const moveInterestSchema = z.object({ interestId: uuid, direction: z.enum(["up", "down"], { error: "invalid" }) });
export const withdrawInterestSchema = z.object({ interestId: uuid });

// ---------------------------------------------------------------- my data

export const deleteAccountSchema = z.object({
  password: z.string({ error: "required" }).min(1, "required").max(200, "too_long"),
  confirm: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.literal("DELETE", { error: "confirm_delete" })),
});
