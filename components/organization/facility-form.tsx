"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { idle, type FormState } from "@/lib/http/form-state";
import { SelectField, type SelectOption } from "@/components/ui/select-field";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  organizationId: string;
  types: SelectOption[];
  districts: SelectOption[];
  talukas: SelectOption[];
  defaults: Record<string, string>;
};

/** Add or edit a facility; district and taluka come from the reference data. */
export function FacilityForm({ action, organizationId, types, districts, talukas, defaults }: Props) {
  const t = useTranslations("organization.facilities");
  const { text, field } = useFormText();
  const [state, formAction] = useActionState(action, idle);
  const values = state.status === "error" ? (state.values ?? {}) : defaults;
  const v = (k: string) => {
    const x = values[k];
    return Array.isArray(x) ? x[0] : (x ?? "");
  };
  const err = (k: string) => field(state.fieldErrors?.[k]);
  return (
    <form key={JSON.stringify(state)} action={formAction} className="flex max-w-xl flex-col gap-4" noValidate>
      <input type="hidden" name="organizationId" value={organizationId} />
      {v("facilityId") ? <input type="hidden" name="facilityId" value={v("facilityId")} /> : null}
      <FormMessage status={state.status} text={text(state.message)} fieldErrors={state.fieldErrors} />
      <SelectField name="type" label={t("type")} options={types} defaultValue={v("type")} errors={err("type")} required />
      <Field name="name" label={t("name")} defaultValue={v("name")} errors={err("name")} required maxLength={200} />
      <SelectField
        name="districtCode"
        label={t("district")}
        emptyLabel="—"
        options={districts}
        defaultValue={v("districtCode")}
        errors={err("districtCode")}
        required
      />
      <SelectField name="talukaCode" label={t("taluka")} emptyLabel="—" options={talukas} defaultValue={v("talukaCode")} errors={err("talukaCode")} />
      <Field name="address" label={t("address")} defaultValue={v("address")} errors={err("address")} maxLength={500} autoComplete="street-address" />
      <Field
        name="pincode"
        label={t("pincode")}
        defaultValue={v("pincode")}
        errors={err("pincode")}
        inputMode="numeric"
        maxLength={6}
        autoComplete="postal-code"
      />
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
