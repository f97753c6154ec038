"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { idle, type FormState } from "@/lib/http/form-state";

export function ExpressInterestForm({ action, needId }: { action: (prev: FormState, formData: FormData) => Promise<FormState>; needId: string }) {
  const t = useTranslations("needs.detail");
  const { text, field } = useFormText();
  const [state, formAction] = useActionState(action, idle);
  const noteErrors = field(state.fieldErrors?.note);
  if (state.status === "ok") return <FormMessage status="ok" text={text(state.message)} />;
  return (
    <form action={formAction} className="flex flex-col gap-2" noValidate>
      <input type="hidden" name="needId" value={needId} />
      <FormMessage status={state.status} text={text(state.message)} fieldErrors={state.fieldErrors} />
      <label htmlFor="interest-note" className="font-medium">
        {t("note")}
      </label>
      <p id="interest-note-hint" className="text-sm text-muted">
        {t("noteHint")}
      </p>
      <textarea
        id="interest-note"
        name="note"
        rows={3}
        maxLength={1000}
        aria-describedby={noteErrors ? "interest-note-hint interest-note-error" : "interest-note-hint"}
        aria-invalid={noteErrors ? true : undefined}
        className="rounded-md border border-gray-400 bg-white px-3 py-2"
      />
      {noteErrors ? (
        <p id="interest-note-error" className="text-sm font-medium text-danger">
          {noteErrors.join(" ")}
        </p>
      ) : null}
      <div>
        <SubmitButton>{t("express")}</SubmitButton>
      </div>
    </form>
  );
}
