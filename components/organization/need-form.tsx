"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { idle, type FormState } from "@/lib/http/form-state";
import { needModes, needTypes } from "@/lib/validation/needs";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { CheckboxGroup } from "./checkbox-group";

export type NeedFormOptions = {
  facilities: SelectOption[];
  specialties: SelectOption[];
  professions: SelectOption[];
  languages: SelectOption[];
};

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  options: NeedFormOptions;
  /** Prefilled values (edit) as strings; arrays for the language lists. */
  defaults: Record<string, string | string[]>;
  hidden: Record<string, string>;
  submitLabel: string;
};

const offerFields = ["offersHousing", "offersMeals", "offersLocalTravel", "offersStipend", "offersIndemnity"] as const;
const offerLabel = {
  offersHousing: "housing",
  offersMeals: "meals",
  offersLocalTravel: "localTravel",
  offersStipend: "stipend",
  offersIndemnity: "indemnity",
} as const;

/** Create or edit a need. Works without JavaScript (a plain POST to the server action). */
export function NeedForm({ action, options, defaults, hidden, submitLabel }: Props) {
  const t = useTranslations("organization.needForm");
  const tn = useTranslations("needs");
  const { text, field } = useFormText();
  const [state, formAction] = useActionState(action, idle);
  const v = state.values ?? defaults;
  const str = (k: string) => {
    const x = v[k];
    return Array.isArray(x) ? (x[0] ?? "") : (x ?? "");
  };
  const list = (k: string) => {
    const x = v[k];
    return Array.isArray(x) ? x : x ? [x] : [];
  };
  const err = (k: string) => field(state.fieldErrors?.[k]);
  return (
    <form key={JSON.stringify(state.values ?? {})} action={formAction} className="flex max-w-3xl flex-col gap-6" noValidate>
      {Object.entries(hidden).map(([k, val]) => (
        <input key={k} type="hidden" name={k} value={val} />
      ))}
      <FormMessage status={state.status} text={text(state.message)} fieldErrors={state.fieldErrors} />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">{t("basics")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="type"
            label={t("type")}
            options={needTypes.map((x) => ({ value: x, label: tn(`types.${x}`) }))}
            defaultValue={str("type")}
            errors={err("type")}
            required
          />
          <SelectField
            name="mode"
            label={t("mode")}
            options={needModes.map((x) => ({ value: x, label: tn(`modes.${x}`) }))}
            defaultValue={str("mode")}
            errors={err("mode")}
            required
          />
        </div>
        <Field name="title" label={t("title")} hint={t("titleHint")} defaultValue={str("title")} errors={err("title")} required maxLength={150} />
        <TextareaField name="description" label={t("description")} defaultValue={str("description")} errors={err("description")} rows={5} maxLength={5000} />
        <SelectField
          name="facilityId"
          label={t("facility")}
          options={options.facilities}
          defaultValue={str("facilityId")}
          errors={err("facilityId")}
          required
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="professionCode"
            label={t("profession")}
            options={options.professions}
            emptyLabel={t("anyOption")}
            defaultValue={str("professionCode")}
            errors={err("professionCode")}
          />
          <SelectField
            name="specialtyCode"
            label={t("specialty")}
            options={options.specialties}
            emptyLabel={t("anyOption")}
            defaultValue={str("specialtyCode")}
            errors={err("specialtyCode")}
          />
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">{t("languages")}</legend>
        <CheckboxGroup
          id="required-languages"
          legend={t("requiredLanguages")}
          name="requiredLanguages"
          errors={err("requiredLanguages")}
          items={options.languages.map((l) => ({ value: l.value, label: l.label, checked: list("requiredLanguages").includes(l.value) }))}
        />
        <CheckboxGroup
          id="preferred-languages"
          legend={t("preferredLanguages")}
          name="preferredLanguages"
          errors={err("preferredLanguages")}
          items={options.languages.map((l) => ({ value: l.value, label: l.label, checked: list("preferredLanguages").includes(l.value) }))}
        />
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">{t("when")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="windowStart" type="date" label={t("windowStart")} defaultValue={str("windowStart")} errors={err("windowStart")} required />
          <Field name="windowEnd" type="date" label={t("windowEnd")} defaultValue={str("windowEnd")} errors={err("windowEnd")} required />
          <Field
            name="minDays"
            type="number"
            min={1}
            max={365}
            label={t("minDays")}
            hint={t("inPersonHint")}
            defaultValue={str("minDays")}
            errors={err("minDays")}
          />
          <Field
            name="maxDays"
            type="number"
            min={1}
            max={365}
            label={t("maxDays")}
            hint={t("inPersonHint")}
            defaultValue={str("maxDays")}
            errors={err("maxDays")}
          />
          <Field
            name="hoursPerWeek"
            type="number"
            min={1}
            max={60}
            label={t("hoursPerWeek")}
            hint={t("remoteHint")}
            defaultValue={str("hoursPerWeek")}
            errors={err("hoursPerWeek")}
          />
          <Field name="weeks" type="number" min={1} max={52} label={t("weeks")} hint={t("remoteHint")} defaultValue={str("weeks")} errors={err("weeks")} />
          <Field name="slots" type="number" min={1} max={100} label={t("slots")} defaultValue={str("slots") || "1"} errors={err("slots")} required />
          <Field name="applicationDeadline" type="date" label={t("deadline")} defaultValue={str("applicationDeadline")} errors={err("applicationDeadline")} />
        </div>
        <SelectField
          name="minCredentialLevel"
          label={t("credential")}
          hint={t("credentialHint")}
          emptyLabel={t("credentialDefault")}
          options={["0", "1", "2", "3"].map((l) => ({ value: l, label: tn(`detail.credentialLevels.${l as "0"}`) }))}
          defaultValue={str("minCredentialLevel")}
          errors={err("minCredentialLevel")}
        />
      </fieldset>
      <CheckboxGroup
        id="offers"
        legend={t("offers")}
        items={offerFields.map((o) => ({ name: o, label: tn(`detail.offer.${offerLabel[o]}`), checked: str(o) === "on" || str(o) === "true" }))}
      />
      <div>
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
