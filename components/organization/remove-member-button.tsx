"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useFormText } from "@/components/forms/use-form-text";
import { idle, type FormState } from "@/lib/http/form-state";

type Props = { action: (prev: FormState, formData: FormData) => Promise<FormState>; organizationId: string; userId: string; label: string };

export function RemoveMemberButton({ action, organizationId, userId, label }: Props) {
  const t = useTranslations("organization.members");
  const { text } = useFormText();
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="organizationId" value={organizationId} />
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" className="rounded border border-danger px-2 py-1 text-sm text-danger" aria-label={label}>
        {t("remove")}
      </button>
      {state.status === "error" ? (
        <span role="alert" className="text-sm text-danger">
          {text(state.message)}
        </span>
      ) : null}
    </form>
  );
}
