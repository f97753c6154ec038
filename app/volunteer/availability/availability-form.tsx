"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { SelectField } from "@/components/ui/select-field";
import { idle } from "@/lib/http/form-state";
import { addAvailabilityAction } from "./actions";

export function AvailabilityForm() {
  const t = useTranslations("volunteer.availability");
  const { text, field } = useFormText();
  const [state, action] = useActionState(addAvailabilityAction, idle);
  const v = (k: string) => (state.status === "error" && typeof state.values?.[k] === "string" ? (state.values[k] as string) : "");
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage status={state.status} text={text(state.message)} fieldErrors={state.fieldErrors} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="start" type="date" required label={t("start")} defaultValue={v("start")} errors={field(state.fieldErrors?.start)} />
        <Field name="lastDay" type="date" required label={t("lastDay")} defaultValue={v("lastDay")} errors={field(state.fieldErrors?.lastDay)} />
        <SelectField
          name="mode"
          label={t("mode")}
          options={[
            { value: "in_person", label: t("modes.in_person") },
            { value: "remote", label: t("modes.remote") },
          ]}
          defaultValue={v("mode") || "in_person"}
          errors={field(state.fieldErrors?.mode)}
        />
        <Field
          name="hoursPerWeek"
          type="number"
          min={1}
          max={60}
          inputMode="numeric"
          label={t("hoursPerWeek")}
          defaultValue={v("hoursPerWeek")}
          errors={field(state.fieldErrors?.hoursPerWeek)}
        />
      </div>
      <div>
        <SubmitButton>{t("add")}</SubmitButton>
      </div>
    </form>
  );
}
