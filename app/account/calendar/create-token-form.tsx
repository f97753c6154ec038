"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { idle } from "@/lib/http/form-state";
import { createCalendarTokenAction } from "./actions";

export function CreateTokenForm({ hasLinks }: { hasLinks: boolean }) {
  const t = useTranslations("notifications.calendar");
  const { text } = useFormText();
  const [state, action] = useActionState(createCalendarTokenAction, idle);
  const url = state.status === "ok" ? String(state.data?.url ?? "") : "";
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage status={state.status} text={text(state.message)} fieldErrors={state.fieldErrors} />
      {url ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="calendar-feed-url" className="font-medium">
            {t("linkLabel")}
          </label>
          <input
            id="calendar-feed-url"
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
            className="w-full rounded-md border border-gray-400 bg-white px-3 py-2 font-mono text-sm"
          />
        </div>
      ) : null}
      <div>
        <SubmitButton variant="secondary">{hasLinks || url ? t("createAnother") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}
