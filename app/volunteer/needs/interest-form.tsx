"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { idle } from "@/lib/http/form-state";
import { expressInterestAction } from "./actions";

export function InterestForm({ needId, title }: { needId: string; title: string }) {
  const t = useTranslations("volunteer.needs");
  const { text, field } = useFormText();
  const [state, action] = useActionState(expressInterestAction, idle);
  const noteId = `note-${needId.slice(0, 8)}`;
  const noteErrors = field(state.fieldErrors?.note);
  if (state.status === "ok") return <FormMessage status="ok" text={text(state.message)} />;
  return (
    <form action={action} className="flex flex-col gap-2" noValidate>
      <FormMessage status={state.status} text={text(state.message)} fieldErrors={state.fieldErrors} />
      <input type="hidden" name="needId" value={needId} />
      <label htmlFor={noteId} className="text-sm font-medium">
        {t("note")}
      </label>
      <textarea
        id={noteId}
        name="note"
        rows={2}
        maxLength={1000}
        aria-describedby={noteErrors ? `${noteId}-error` : undefined}
        className="rounded-md border border-gray-400 bg-white px-3 py-2"
      />
      {noteErrors ? (
        <p id={`${noteId}-error`} className="text-sm font-medium text-danger">
          {noteErrors.join(" ")}
        </p>
      ) : null}
      <div>
        <SubmitButton>
          {t("express")}
          <span className="sr-only">: {title}</span>
        </SubmitButton>
      </div>
    </form>
  );
}
