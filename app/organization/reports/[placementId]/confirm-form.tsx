"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { ReportFigureFields, TextAreaField } from "@/components/impact/report-fields";
import { idle } from "@/lib/http/form-state";
import { confirmReportAction } from "./actions";

/** The volunteer's figures, pre-filled: confirm as they are, or change the wrong ones first. */
export function ConfirmForm({ placementId, maxDays, reported }: { placementId: string; maxDays: number; reported: Record<string, number> }) {
  const t = useTranslations("impact.reports");
  const { text, field } = useFormText();
  const [state, action] = useActionState(confirmReportAction, idle);
  const values = state.values ?? reported;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage status={state.status} text={text(state.message)} fieldErrors={state.fieldErrors} />
      <p className="text-sm text-muted">{t("confirmHint")}</p>
      <input type="hidden" name="placementId" value={placementId} />
      <ReportFigureFields
        maxDays={maxDays}
        values={values}
        errors={(n) => field(state.fieldErrors?.[n])}
        labels={{
          daysServed: t("daysServed"), hours: t("hours"), patientsSeen: t("patientsSeen"), proceduresOrCamps: t("proceduresOrCamps"),
          staffTrained: t("staffTrained"), sessionsTaught: t("sessionsTaught"), daysServedHint: t("daysServedHint", { max: maxDays }), hoursHint: t("hoursHint"),
        }}
      />
      <TextAreaField name="note" label={t("note")} maxLength={1000} defaultValue={typeof values.note === "string" ? values.note : ""} errors={field(state.fieldErrors?.note)} />
      <div>
        <SubmitButton>{t("confirm")}</SubmitButton>
      </div>
    </form>
  );
}
