"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { VolunteerSignUpFields } from "@/components/volunteer/volunteer-sign-up-fields";
import { idle } from "@/lib/http/form-state";
import { signUpAction } from "./actions";

export function SignUpForm({ as }: { as?: string }) {
  const t = useTranslations("auth");
  const { text, field } = useFormText();
  const [state, action] = useActionState(signUpAction, idle);
  const v = (k: string) => (typeof state.values?.[k] === "string" ? (state.values[k] as string) : "");
  const accountType = v("accountType") || (as === "organization" ? "organization" : "volunteer");
  const typeErrors = field(state.fieldErrors?.accountType);
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      <FormMessage status={state.status} text={text(state.message)} fieldErrors={state.fieldErrors} />
      <fieldset className="flex flex-col gap-2" aria-describedby={typeErrors ? "accountType-error" : undefined}>
        <legend className="mb-1 font-medium">{t("accountType")}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="accountType" value="volunteer" defaultChecked={accountType === "volunteer"} />
          {t("accountTypeVolunteer")}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="accountType" value="organization" defaultChecked={accountType === "organization"} />
          {t("accountTypeOrganization")}
        </label>
        {typeErrors ? (
          <p id="accountType-error" className="text-sm text-danger">
            {typeErrors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <Field name="name" autoComplete="name" required label={t("name")} defaultValue={v("name")} errors={field(state.fieldErrors?.name)} />
      <Field name="email" type="email" autoComplete="email" required label={t("email")} defaultValue={v("email")} errors={field(state.fieldErrors?.email)} />
      <Field
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        label={t("password")}
        hint={t("passwordHint")}
        errors={field(state.fieldErrors?.password)}
      />
      <VolunteerSignUpFields values={state.values} errors={(k) => field(state.fieldErrors?.[k])} />
      <SubmitButton>{t("signUpButton")}</SubmitButton>
    </form>
  );
}
