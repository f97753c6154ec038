"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { idle } from "@/lib/http/form-state";
import { signInAction } from "./actions";

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("auth");
  const { text, field } = useFormText();
  const [state, action] = useActionState(signInAction, idle);
  const v = (k: string) => (typeof state.values?.[k] === "string" ? (state.values[k] as string) : "");
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      <FormMessage status={state.status} text={text(state.message)} fieldErrors={state.fieldErrors} />
      <input type="hidden" name="next" value={next ?? ""} />
      <Field name="email" type="email" autoComplete="email" required label={t("email")} defaultValue={v("email")} errors={field(state.fieldErrors?.email)} />
      <Field name="password" type="password" autoComplete="current-password" required label={t("password")} errors={field(state.fieldErrors?.password)} />
      <SubmitButton>{t("signInButton")}</SubmitButton>
    </form>
  );
}
