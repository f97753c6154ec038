import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { needLanguages } from "@/db/schema";
import { addDays, formatDateRange, parseDateRange, todayUtc } from "@/lib/validation/calendar-dates";
import { defaultCredentialLevel, needRuleErrors, storedLengths, type NeedFields } from "@/lib/validation/needs";
import { getPlatformSettings } from "@/lib/data/settings/get-platform-settings";
import { AppError } from "@/lib/errors";
import type { NeedRow } from "./need-scope";

/** The need's columns for validated form fields (window end inclusive → half-open daterange). */
export function needColumns(d: NeedFields, facilityDistrictCode: number) {
  return {
    facilityId: d.facilityId,
    // Denormalised from the facility for search and matching (the facilities trigger keeps it in step).
    districtCode: facilityDistrictCode,
    type: d.type,
    remote: d.mode === "remote",
    title: d.title,
    description: d.description,
    professionCode: d.professionCode ?? null,
    specialtyCode: d.specialtyCode ?? null,
    window: formatDateRange(d.windowStart, addDays(d.windowEnd, 1)),
    ...storedLengths(d),
    slots: d.slots,
    minCredentialLevel: d.minCredentialLevel ?? defaultCredentialLevel(d.type),
    offersHousing: d.offersHousing,
    offersMeals: d.offersMeals,
    offersLocalTravel: d.offersLocalTravel,
    offersStipend: d.offersStipend,
    offersIndemnity: d.offersIndemnity,
    applicationDeadline: d.applicationDeadline ?? null,
  };
}

/** A stored need back as form fields (to re-check the rules on publish, to prefill the edit form). */
export function fieldsOf(need: NeedRow, languages: { languageCode: string; required: boolean }[]): NeedFields {
  const { start, end } = parseDateRange(need.window);
  return {
    facilityId: need.facilityId ?? "",
    type: need.type,
    mode: need.remote ? "remote" : "in_person",
    title: need.title,
    description: need.description,
    professionCode: need.professionCode ?? undefined,
    specialtyCode: need.specialtyCode ?? undefined,
    requiredLanguages: languages.filter((l) => l.required).map((l) => l.languageCode),
    preferredLanguages: languages.filter((l) => !l.required).map((l) => l.languageCode),
    windowStart: start,
    windowEnd: addDays(end, -1),
    minDays: need.remote ? undefined : need.minDays,
    maxDays: need.remote ? undefined : need.maxDays,
    hoursPerWeek: need.hoursPerWeek ?? undefined,
    weeks: need.weeks ?? undefined,
    slots: need.slots,
    minCredentialLevel: need.minCredentialLevel,
    offersHousing: need.offersHousing,
    offersMeals: need.offersMeals,
    offersLocalTravel: need.offersLocalTravel,
    offersStipend: need.offersStipend,
    offersIndemnity: need.offersIndemnity,
    applicationDeadline: need.applicationDeadline ?? undefined,
  };
}

export async function languagesOf(tx: DbOrTx, needId: string) {
  return tx.select({ languageCode: needLanguages.languageCode, required: needLanguages.required }).from(needLanguages).where(eq(needLanguages.needId, needId));
}

export async function replaceLanguages(tx: DbOrTx, needId: string, d: NeedFields): Promise<void> {
  await tx.delete(needLanguages).where(eq(needLanguages.needId, needId));
  const rows = [
    ...d.requiredLanguages.map((languageCode) => ({ needId, languageCode, required: true })),
    ...d.preferredLanguages.map((languageCode) => ({ needId, languageCode, required: false })),
  ];
  const unique = [...new Map(rows.map((r) => [r.languageCode, r])).values()];
  if (unique.length) await tx.insert(needLanguages).values(unique);
}

/** DESIGN rule 1 on the server: throws invalid_input with every broken rule as a field error. */
export async function assertNeedRules(tx: DbOrTx, d: NeedFields, checkFuture: boolean): Promise<void> {
  const { capDays } = await getPlatformSettings(tx);
  const errors = needRuleErrors(d, { today: todayUtc(), capDays, checkFuture });
  if (Object.keys(errors).length) throw new AppError("invalid_input", "errors.invalid_input", errors);
}
