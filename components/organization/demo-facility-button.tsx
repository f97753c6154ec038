"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useFormText } from "@/components/forms/use-form-text";
import { idle, type FormState } from "@/lib/http/form-state";
import { buttonClass } from "@/components/ui/button";

type Props = { action: (prev: FormState, formData: FormData) => Promise<FormState>; organizationId: string; demoFacilityId: number; name: string };

/** Copies one facility of the demo sample into the organisation. */
export function DemoFacilityButton({ action, organizationId, demoFacilityId, name }: Props) {
  const t = useTranslations("organization.facilities");
  const { text } = useFormText();
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="organizationId" value={organizationId} />
      <input type="hidden" name="demoFacilityId" value={demoFacilityId} />
      <button type="submit" className={buttonClass("secondary")} aria-label={`${t("demoAdd")}: ${name}`}>
        {t("demoAdd")}
      </button>
      {state.status === "error" ? (
        <span role="alert" className="text-sm text-danger">
          {text(state.message)}
        </span>
      ) : null}
    </form>
  );
}
