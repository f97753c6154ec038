"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { idle, type FormState } from "@/lib/http/form-state";

export function AcceptInviteForm({ action, token }: { action: (prev: FormState, formData: FormData) => Promise<FormState>; token: string }) {
  const t = useTranslations("organization.invite");
  const { text } = useFormText();
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="token" value={token} />
      <FormMessage status={state.status} text={text(state.message)} fieldErrors={state.fieldErrors} />
      <div>
        <SubmitButton>{t("accept")}</SubmitButton>
      </div>
    </form>
  );
}
