"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { idle } from "@/lib/http/form-state";
import { changePasswordAction } from "./actions";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const { text, field } = useFormText();
  const [state, action] = useActionState(changePasswordAction, idle);
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      <FormMessage status={state.status} text={text(state.message)} fieldErrors={state.fieldErrors} />
      <Field
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        label={t("currentPassword")}
        errors={field(state.fieldErrors?.currentPassword)}
      />
      <Field name="newPassword" type="password" autoComplete="new-password" label={t("newPassword")} errors={field(state.fieldErrors?.newPassword)} />
      <SubmitButton>{t("changePassword")}</SubmitButton>
    </form>
  );
}
