"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { idle, type FormState } from "@/lib/http/form-state";
import { organizationKinds } from "@/lib/validation/organizations";
import { SelectField, type SelectOption } from "@/components/ui/select-field";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  states: SelectOption[];
  districts: SelectOption[];
};

export function RegisterOrganizationForm({ action, states, districts }: Props) {
  const t = useTranslations("organization");
  const { text, field } = useFormText();
  const [state, formAction] = useActionState(action, idle);
  const v = (k: string) => {
    const x = state.values?.[k];
    return Array.isArray(x) ? x[0] : x;
  };
  const err = (k: string) => field(state.fieldErrors?.[k]);
  return (
    <form key={JSON.stringify(state.values ?? {})} action={formAction} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormMessage status={state.status} text={text(state.message)} fieldErrors={state.fieldErrors} />
      <Field name="name" label={t("form.name")} defaultValue={v("name")} errors={err("name")} required maxLength={200} autoComplete="organization" />
      <SelectField
        name="kind"
        label={t("form.kind")}
        emptyLabel={t("form.choose")}
        options={organizationKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        defaultValue={v("kind") ?? ""}
        errors={err("kind")}
        required
      />
      <SelectField name="stateCode" label={t("form.state")} options={states} defaultValue={v("stateCode") ?? "27"} errors={err("stateCode")} required />
      <SelectField
        name="districtCode"
        label={t("form.district")}
        hint={t("form.districtHint")}
        emptyLabel="—"
        options={districts}
        defaultValue={v("districtCode") ?? ""}
        errors={err("districtCode")}
      />
      <Field
        name="contactEmail"
        type="email"
        label={t("form.contactEmail")}
        defaultValue={v("contactEmail")}
        errors={err("contactEmail")}
        required
        autoComplete="email"
      />
      <Field name="contactPhone" type="tel" label={t("form.contactPhone")} defaultValue={v("contactPhone")} errors={err("contactPhone")} autoComplete="tel" />
      <div>
        <SubmitButton>{t("form.submit")}</SubmitButton>
      </div>
    </form>
  );
}
