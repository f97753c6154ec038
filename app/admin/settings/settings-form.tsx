"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { idle } from "@/lib/http/form-state";
import { updateSettingsAction } from "./actions";

export function SettingsForm({ current }: { current: Record<"platform.capDays" | "offers.replyDays", number> }) {
  const t = useTranslations("admin");
  const { text, field } = useFormText();
  const [state, action] = useActionState(updateSettingsAction, idle);
  const v = (k: keyof typeof current) => (typeof state.values?.[k] === "string" ? (state.values[k] as string) : String(current[k]));
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      <FormMessage status={state.status} text={text(state.message)} fieldErrors={state.fieldErrors} />
      <Field
        name="platform.capDays"
        id="capDays"
        type="number"
        min={1}
        max={730}
        label={t("capDays")}
        hint={t("capDaysHint")}
        defaultValue={v("platform.capDays")}
        errors={field(state.fieldErrors?.["platform.capDays"])}
      />
      <Field
        name="offers.replyDays"
        id="replyDays"
        type="number"
        min={1}
        max={60}
        label={t("replyDays")}
        hint={t("replyDaysHint")}
        defaultValue={v("offers.replyDays")}
        errors={field(state.fieldErrors?.["offers.replyDays"])}
      />
      <SubmitButton>{t("saveSettings")}</SubmitButton>
    </form>
  );
}
