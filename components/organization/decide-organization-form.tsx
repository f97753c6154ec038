"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { buttonClass } from "@/components/ui/button";
import { useFormText } from "@/components/forms/use-form-text";
import { idle, type FormState } from "@/lib/http/form-state";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  organizationId: string;
  name: string;
  status: "pending" | "verified" | "rejected";
};

/** Verify or reject one organisation; rejecting needs a note (the organisation reads it). */
export function DecideOrganizationForm({ action, organizationId, name, status }: Props) {
  const t = useTranslations("organization.review");
  const { text, field } = useFormText();
  const [state, formAction] = useActionState(action, idle);
  const noteId = `note-${organizationId}`;
  const noteErrors = field(state.fieldErrors?.note);
  return (
    <form action={formAction} className="mt-3 flex flex-col gap-2" aria-label={t("decision", { name })} noValidate>
      <input type="hidden" name="organizationId" value={organizationId} />
      <label htmlFor={noteId} className="text-sm font-medium">
        {t("note")}
      </label>
      <input
        id={noteId}
        name="note"
        maxLength={1000}
        defaultValue={state.status === "error" && typeof state.values?.note === "string" ? state.values.note : undefined}
        aria-invalid={noteErrors ? true : undefined}
        aria-describedby={noteErrors ? `${noteId}-error` : undefined}
        className="max-w-xl rounded-md border border-gray-400 bg-white px-3 py-2"
      />
      {noteErrors ? (
        <p id={`${noteId}-error`} className="text-sm font-medium text-danger">
          {noteErrors.join(" ")}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {status !== "verified" ? (
          <button type="submit" name="decision" value="verify" className={buttonClass("primary")} aria-label={`${t("verify")}: ${name}`}>
            {t("verify")}
          </button>
        ) : null}
        {status !== "rejected" ? (
          <button type="submit" name="decision" value="reject" className={buttonClass("danger")} aria-label={`${t("reject")}: ${name}`}>
            {t("reject")}
          </button>
        ) : null}
      </div>
      <FormMessage status={state.status} text={text(state.message)} fieldErrors={state.fieldErrors} />
    </form>
  );
}
