"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { useFormText } from "@/components/forms/use-form-text";
import { buttonClass } from "@/components/ui/button";
import { ReportFigureFields, TextAreaField } from "@/components/impact/report-fields";
import { idle } from "@/lib/http/form-state";
import { saveReportAction } from "./actions";

export function ReportForm({ placementId, maxDays, initial }: { placementId: string; maxDays: number; initial: Record<string, string | number> }) {
  const t = useTranslations("impact.reports");
  const { text, field } = useFormText();
  const [state, action, pending] = useActionState(saveReportAction, idle);
  // React 19 resets the form after an action: refill it with what was submitted.
  const values = state.values ?? initial;
  const str = (k: string) => {
    const v = values[k];
    return v == null ? "" : Array.isArray(v) ? (v[0] ?? "") : String(v);
  };
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage status={state.status} text={text(state.message)} fieldErrors={state.fieldErrors} />
      <input type="hidden" name="placementId" value={placementId} />
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-lg font-semibold">{t("figures")}</legend>
        <ReportFigureFields
          maxDays={maxDays}
          values={values}
          errors={(n) => field(state.fieldErrors?.[n])}
          labels={{
            daysServed: t("daysServed"), hours: t("hours"), patientsSeen: t("patientsSeen"), proceduresOrCamps: t("proceduresOrCamps"),
            staffTrained: t("staffTrained"), sessionsTaught: t("sessionsTaught"), daysServedHint: t("daysServedHint", { max: maxDays }), hoursHint: t("hoursHint"),
          }}
        />
      </fieldset>
      <TextAreaField name="trainingTopics" label={t("trainingTopics")} maxLength={1000} defaultValue={str("trainingTopics")} errors={field(state.fieldErrors?.trainingTopics)} />
      <TextAreaField name="materialsLeft" label={t("materialsLeft")} maxLength={2000} defaultValue={str("materialsLeft")} errors={field(state.fieldErrors?.materialsLeft)} />
      <TextAreaField name="followUp" label={t("followUp")} maxLength={1000} defaultValue={str("followUp")} errors={field(state.fieldErrors?.followUp)} />
      <TextAreaField name="narrative" label={t("narrative")} rows={6} maxLength={5000} defaultValue={str("narrative")} errors={field(state.fieldErrors?.narrative)} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="submit" className={buttonClass("primary")} disabled={pending}>
          {t("submit")}
        </button>
        <button type="submit" name="intent" value="draft" className={buttonClass("secondary")} disabled={pending}>
          {t("saveDraft")}
        </button>
      </div>
    </form>
  );
}
