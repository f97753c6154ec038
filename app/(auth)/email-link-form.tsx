"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { idle, type FormState } from "@/lib/http/form-state";

/** One email field and a button: "forgot password" and "resend the confirmation link". */
export function EmailLinkForm({ action, button }: { action: (prev: FormState, data: FormData) => Promise<FormState>; button: string }) {
  const t = useTranslations("auth");
  const { text, field } = useFormText();
  const [state, formAction] = useActionState(action, idle);
  const email = typeof state.values?.email === "string" ? state.values.email : "";
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      <FormMessage status={state.status} text={text(state.message)} />
      <Field name="email" type="email" autoComplete="email" required label={t("email")} defaultValue={email} errors={field(state.fieldErrors?.email)} />
      <SubmitButton>{button}</SubmitButton>
    </form>
  );
}
