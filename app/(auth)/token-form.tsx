"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { idle, type FormState } from "@/lib/http/form-state";

/** Follows an email link: the token from the URL, and for a reset the new password. */
export function TokenForm({
  action,
  token,
  button,
  withPassword,
  retryHref,
}: {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  token: string;
  button: string;
  withPassword?: boolean;
  retryHref: string;
}) {
  const t = useTranslations("auth");
  const ta = useTranslations("account");
  const { text, field } = useFormText();
  const [state, formAction] = useActionState(action, idle);
  const linkBroken = state.message === "auth.linkInvalid";
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      <FormMessage status={state.status} text={text(state.message)} />
      {linkBroken ? (
        <p>
          <Link href={retryHref} className="text-brand-800 underline">
            {withPassword ? t("forgotLink") : t("resendLink")}
          </Link>
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      {withPassword ? (
        <Field
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          label={ta("newPassword")}
          hint={t("passwordHint")}
          errors={field(state.fieldErrors?.newPassword)}
        />
      ) : null}
      <SubmitButton>{button}</SubmitButton>
    </form>
  );
}
