"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { idle } from "@/lib/http/form-state";
import { saveTimeZoneAction } from "./actions";

/** Account setting: the zone times of day are shown in; "" keeps it automatic (ADR 011). */
export function TimeZoneForm({ setting, current, zones }: { setting: string | null; current: string; zones: string[] }) {
  const t = useTranslations("everyday.timeZone");
  const { text, field } = useFormText();
  const [state, action] = useActionState(saveTimeZoneAction, idle);
  const submitted = state.values?.timeZone;
  const value = typeof submitted === "string" ? submitted : (setting ?? "");
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      <FormMessage status={state.status} text={text(state.message)} fieldErrors={state.fieldErrors} />
      <SelectField
        name="timeZone"
        label={t("label")}
        hint={t("intro")}
        emptyLabel={t("automatic", { zone: current })}
        options={zones.map((z) => ({ value: z, label: z.replace(/_/g, " ") }))}
        defaultValue={value}
        errors={field(state.fieldErrors?.timeZone)}
      />
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
