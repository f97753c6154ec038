"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { idle, type FormState } from "@/lib/http/form-state";

type Props = { action: (prev: FormState, formData: FormData) => Promise<FormState>; organizationId: string };

/** Creates a single-use invite link; the link is shown once, here, and never stored in clear. */
export function InviteForm({ action, organizationId }: Props) {
  const t = useTranslations("organization.members");
  const { text, field } = useFormText();
  const [state, formAction] = useActionState(action, idle);
  const link = state.status === "ok" ? String(state.data?.link ?? "") : "";
  const kept = (k: string) => (state.status === "error" && typeof state.values?.[k] === "string" ? (state.values[k] as string) : undefined);
  return (
    <div className="flex flex-col gap-3">
      <form action={formAction} className="flex max-w-xl flex-col gap-4" noValidate>
        <input type="hidden" name="organizationId" value={organizationId} />
        <FormMessage status={state.status === "error" ? "error" : "idle"} text={text(state.message)} fieldErrors={state.fieldErrors} />
        <Field
          name="email"
          type="email"
          label={t("inviteEmail")}
          hint={t("inviteEmailHint")}
          defaultValue={kept("email")}
          errors={field(state.fieldErrors?.email)}
          autoComplete="off"
        />
        <Field
          name="expiresInDays"
          type="number"
          min={1}
          max={14}
          defaultValue={kept("expiresInDays") ?? "7"}
          label={t("inviteDays")}
          errors={field(state.fieldErrors?.expiresInDays)}
        />
        <div>
          <SubmitButton>{t("inviteSubmit")}</SubmitButton>
        </div>
      </form>
      {link ? (
        <div role="status" className="rounded-md border border-ok bg-green-50 px-4 py-3">
          <p className="font-medium">{t("inviteLink")}</p>
          <p className="break-all font-mono text-sm" data-testid="invite-link">
            {link}
          </p>
        </div>
      ) : null}
    </div>
  );
}
