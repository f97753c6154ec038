"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { idle } from "@/lib/http/form-state";
import { deleteAccountAction } from "./actions";

export function DeleteAccountForm() {
  const t = useTranslations("volunteer.data");
  const { text, field } = useFormText();
  const [state, action] = useActionState(deleteAccountAction, idle);
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      <FormMessage status={state.status} text={text(state.message)} fieldErrors={state.fieldErrors} />
      <Field name="password" type="password" autoComplete="current-password" required label={t("password")} errors={field(state.fieldErrors?.password)} />
      <Field name="confirm" autoComplete="off" required label={t("confirm")} errors={field(state.fieldErrors?.confirm)} />
      <div>
        <SubmitButton variant="danger">{t("deleteButton")}</SubmitButton>
      </div>
    </form>
  );
}
