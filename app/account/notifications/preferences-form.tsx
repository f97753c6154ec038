"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { idle } from "@/lib/http/form-state";
import { notificationKinds, type NotificationKind } from "@/lib/vocabulary/notification-kinds";
import { savePreferencesAction } from "./actions";

export function PreferencesForm({ emailKinds }: { emailKinds: NotificationKind[] }) {
  const t = useTranslations("notifications");
  const { text, field } = useFormText();
  const [state, action] = useActionState(savePreferencesAction, idle);
  // React 19 resets the form after the action: refill from what was submitted.
  const submitted = state.values ? ([] as string[]).concat(state.values.emailKinds ?? []) : null;
  const checked = (k: string) => (submitted ? submitted.includes(k) : emailKinds.includes(k as NotificationKind));
  const errors = field(state.fieldErrors?.emailKinds);
  return (
    <form action={action} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormMessage status={state.status} text={text(state.message)} fieldErrors={state.fieldErrors} />
      <fieldset className="flex flex-col gap-2" aria-describedby={errors?.length ? "emailKinds-error" : undefined}>
        <legend className="mb-2 font-medium">{t("preferences.legend")}</legend>
        {notificationKinds.map((kind) => (
          <label key={kind} className="flex items-center gap-3">
            <input type="checkbox" name="emailKinds" value={kind} defaultChecked={checked(kind)} className="h-5 w-5" />
            <span>{t(`kinds.${kind}.label`)}</span>
          </label>
        ))}
        {errors?.length ? (
          <p id="emailKinds-error" className="text-sm font-medium text-danger">
            {errors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <div>
        <SubmitButton>{t("preferences.save")}</SubmitButton>
      </div>
    </form>
  );
}
