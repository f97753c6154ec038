"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { ReferenceCombobox, type ComboOption } from "@/components/volunteer/reference-combobox";
import { SelectField } from "@/components/ui/select-field";
import { idle } from "@/lib/http/form-state";
import type { ProfileDto } from "@/lib/data/volunteers/get-my-profile";
import { proficiencies } from "@/lib/validation/volunteers";
import { saveProfileAction } from "./actions";

type Options = Record<"professions" | "specialties" | "countries" | "states" | "districts" | "languages", ComboOption[]>;

const BLANK_LANGUAGE_ROWS = 2;
const BLANK_DISTRICT_ROWS = 2;

export function ProfileForm({ profile, fallbackName, options }: { profile: ProfileDto; fallbackName: string; options: Options }) {
  const t = useTranslations("volunteer.profile");
  const { text, field } = useFormText();
  const [state, action] = useActionState(saveProfileAction, idle);
  const submitted = state.status === "error" ? state.values : undefined;
  const err = (k: string) => field(state.fieldErrors?.[k]);
  /** Submitted value after a failed save (React resets the form), else the saved one. */
  const val = (k: string, saved: string | number | null | undefined): string => {
    const v = submitted?.[k];
    if (v !== undefined) return Array.isArray(v) ? (v[0] ?? "") : v;
    return saved === null || saved === undefined ? "" : String(saved);
  };
  const vals = (k: string, saved: string[]): string[] => {
    const v = submitted?.[k];
    if (v === undefined) return submitted ? [] : saved;
    return Array.isArray(v) ? v : [v];
  };
  const checked = (k: string, saved: boolean) => (submitted ? submitted[k] === "on" : saved);

  const savedLanguages = profile?.languages ?? [];
  const languageRows = Math.min(12, Math.max(savedLanguages.length + BLANK_LANGUAGE_ROWS, countRows(submitted, "languages")));
  const savedPreferred = profile?.preferredDistricts.map((d) => d.label) ?? [];
  const preferred = vals("preferredDistricts", savedPreferred);
  const districtRows = Math.min(10, Math.max(savedPreferred.length + BLANK_DISTRICT_ROWS, preferred.length));
  const savedQuals = profile?.qualifications ?? [];
  const qualRows = Math.min(10, Math.max(savedQuals.length + 1, countRows(submitted, "qualifications")));

  return (
    <form action={action} className="flex flex-col gap-6" noValidate>
      <FormMessage status={state.status} text={text(state.message)} fieldErrors={state.fieldErrors} />
      <div className="grid gap-4 md:grid-cols-2">
        <Field
          name="fullName"
          label={t("fullName")}
          autoComplete="name"
          required
          defaultValue={val("fullName", profile?.fullName ?? fallbackName)}
          errors={err("fullName")}
        />
        <Field
          name="phone"
          type="tel"
          autoComplete="tel"
          label={t("phone")}
          hint={t("phoneHint")}
          defaultValue={val("phone", profile?.phone)}
          errors={err("phone")}
        />
        <SelectField
          name="professionCode"
          label={t("profession")}
          hint={t("professionHint")}
          emptyLabel={t("choose")}
          options={options.professions}
          defaultValue={val("professionCode", profile?.professionCode)}
          errors={err("professionCode")}
        />
        <Field
          name="yearsExperience"
          type="number"
          min={0}
          max={70}
          inputMode="numeric"
          label={t("yearsExperience")}
          defaultValue={val("yearsExperience", profile?.yearsExperience ?? 0)}
          errors={err("yearsExperience")}
        />
        <SelectField
          name="primarySpecialty"
          label={t("primarySpecialty")}
          emptyLabel={t("choose")}
          options={options.specialties}
          defaultValue={val("primarySpecialty", profile?.primarySpecialty)}
          errors={err("primarySpecialty")}
        />
        <SelectField
          name="otherSpecialties"
          label={t("otherSpecialties")}
          hint={t("otherSpecialtiesHint")}
          multiple
          size={5}
          options={options.specialties}
          defaultValue={vals("otherSpecialties", profile?.otherSpecialties ?? [])}
          errors={err("otherSpecialties")}
        />
        <SelectField
          name="countryOfResidence"
          label={t("countryOfResidence")}
          emptyLabel={t("choose")}
          autoComplete="country"
          options={options.countries}
          defaultValue={val("countryOfResidence", profile?.countryOfResidence)}
          errors={err("countryOfResidence")}
        />
        <Field name="city" label={t("city")} autoComplete="address-level2" defaultValue={val("city", profile?.city)} errors={err("city")} />
        <SelectField
          name="originStateCode"
          label={t("originState")}
          emptyLabel={t("choose")}
          options={options.states}
          defaultValue={val("originStateCode", profile?.originStateCode)}
          errors={err("originStateCode")}
        />
        <ReferenceCombobox
          name="originDistrict"
          kind="districts"
          label={t("originDistrict")}
          hint={t("districtHint")}
          options={options.districts}
          defaultValue={val("originDistrict", profile?.originDistrict)}
          errors={err("originDistrict")}
        />
      </div>

      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-lg font-semibold">{t("preferredDistricts")}</legend>
        <div className="grid gap-3 md:grid-cols-2">
          {Array.from({ length: districtRows }, (_, i) => (
            <ReferenceCombobox
              key={i}
              id={`f-preferredDistricts-${i}`}
              name="preferredDistricts"
              kind="districts"
              label={t("preferredDistrict", { n: i + 1 })}
              options={options.districts}
              defaultValue={preferred[i] ?? ""}
              errors={i === 0 ? err("preferredDistricts") : undefined}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-2" aria-describedby={err("inPerson") ? "modes-error" : undefined}>
        <legend className="mb-1 text-lg font-semibold">{t("modes")}</legend>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="inPerson" defaultChecked={checked("inPerson", profile?.inPerson ?? true)} /> {t("inPerson")}
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="remote" defaultChecked={checked("remote", profile?.remote ?? false)} /> {t("remote")}
        </label>
        {err("inPerson") ? (
          <p id="modes-error" className="text-sm font-medium text-danger">
            {err("inPerson")!.join(" ")}
          </p>
        ) : null}
        <div className="max-w-xs">
          <Field
            name="maxPlacementDays"
            type="number"
            min={1}
            max={365}
            inputMode="numeric"
            label={t("maxPlacementDays")}
            defaultValue={val("maxPlacementDays", profile?.maxPlacementDays)}
            errors={err("maxPlacementDays")}
          />
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-lg font-semibold">{t("languages")}</legend>
        <p className="text-sm text-muted">{t("languageHint")}</p>
        {Array.from({ length: languageRows }, (_, i) => (
          <div key={i} className="grid gap-3 md:grid-cols-[2fr_1fr]">
            <ReferenceCombobox
              id={`f-languages-${i}-language`}
              name={`languages.${i}.language`}
              kind="languages"
              label={t("languageN", { n: i + 1 })}
              options={options.languages}
              defaultValue={val(`languages.${i}.language`, savedLanguages[i]?.label)}
              errors={err(`languages.${i}.language`)}
            />
            <SelectField
              id={`f-languages-${i}-proficiency`}
              name={`languages.${i}.proficiency`}
              label={t("proficiency")}
              emptyLabel={t("choose")}
              options={proficiencies.map((p) => ({ value: p, label: t(`proficiencies.${p}`) }))}
              defaultValue={val(`languages.${i}.proficiency`, savedLanguages[i]?.proficiency)}
              errors={err(`languages.${i}.proficiency`)}
            />
          </div>
        ))}
      </fieldset>

      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-lg font-semibold">{t("qualifications")}</legend>
        {Array.from({ length: qualRows }, (_, i) => (
          <fieldset key={i} className="grid gap-3 rounded-md border border-gray-200 p-3 md:grid-cols-4">
            <legend className="px-1 text-sm font-medium">{t("qualificationN", { n: i + 1 })}</legend>
            <Field
              id={`f-q-${i}-degree`}
              name={`qualifications.${i}.degree`}
              label={t("degree")}
              defaultValue={val(`qualifications.${i}.degree`, savedQuals[i]?.degree)}
              errors={err(`qualifications.${i}.degree`)}
            />
            <Field
              id={`f-q-${i}-institution`}
              name={`qualifications.${i}.institution`}
              label={t("institution")}
              defaultValue={val(`qualifications.${i}.institution`, savedQuals[i]?.institution)}
              errors={err(`qualifications.${i}.institution`)}
            />
            <SelectField
              id={`f-q-${i}-country`}
              name={`qualifications.${i}.countryCode`}
              label={t("qualificationCountry")}
              emptyLabel={t("choose")}
              options={options.countries}
              defaultValue={val(`qualifications.${i}.countryCode`, savedQuals[i]?.countryCode)}
              errors={err(`qualifications.${i}.countryCode`)}
            />
            <Field
              id={`f-q-${i}-year`}
              name={`qualifications.${i}.year`}
              type="number"
              inputMode="numeric"
              min={1950}
              max={2100}
              label={t("year")}
              defaultValue={val(`qualifications.${i}.year`, savedQuals[i]?.year)}
              errors={err(`qualifications.${i}.year`)}
            />
          </fieldset>
        ))}
      </fieldset>

      <div className="flex flex-col gap-1">
        <label htmlFor="f-bio" className="font-medium">
          {t("bio")}
        </label>
        <textarea
          id="f-bio"
          name="bio"
          rows={4}
          maxLength={2000}
          defaultValue={val("bio", profile?.bio)}
          aria-describedby={err("bio") ? "f-bio-error" : undefined}
          className="rounded-md border border-gray-400 bg-white px-3 py-2"
        />
        {err("bio") ? (
          <p id="f-bio-error" className="text-sm font-medium text-danger">
            {err("bio")!.join(" ")}
          </p>
        ) : null}
      </div>
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}

function countRows(values: Record<string, string | string[]> | undefined, list: string): number {
  if (!values) return 0;
  let max = 0;
  for (const key of Object.keys(values)) {
    const m = new RegExp(`^${list}\\.(\\d+)\\.`).exec(key);
    if (m) max = Math.max(max, Number(m[1]) + 1);
  }
  return max;
}
