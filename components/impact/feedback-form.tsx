"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { idle, type FormState } from "@/lib/http/form-state";
import { TextAreaField } from "./report-fields";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/**
 * Rate the other side of a placement: one radio group (1–5) per named aspect, each a fieldset with
 * its legend, so keyboard and screen-reader users hear which aspect a rating belongs to.
 */
export function FeedbackForm({
  action,
  side,
  placementId,
  aspects,
}: {
  action: Action;
  side: "volunteer" | "organization";
  placementId: string;
  aspects: readonly string[];
}) {
  const t = useTranslations("impact");
  const { text, field } = useFormText();
  const [state, formAction] = useActionState(action, idle);
  const v = state.values ?? {};
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage status={state.status} text={text(state.message)} fieldErrors={state.fieldErrors} />
      <input type="hidden" name="side" value={side} />
      <input type="hidden" name="placementId" value={placementId} />
      {aspects.map((a) => {
        const errs = field(state.fieldErrors?.[`ratings.${a}`]);
        const errorId = errs?.length ? `rating-${a}-error` : undefined;
        return (
          <fieldset key={a} aria-describedby={errorId} className="flex flex-col gap-1">
            <legend className="font-medium">{t(`aspects.${a}` as never)}</legend>
            <div className="flex flex-wrap gap-3">
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n} className="inline-flex items-center gap-1">
                  <input type="radio" name={`rating_${a}`} value={n} defaultChecked={v[`rating_${a}`] === String(n)} className="h-5 w-5" />
                  <span>{t("reports.ratingValue", { n })}</span>
                </label>
              ))}
            </div>
            {errorId ? (
              <p id={errorId} className="text-sm font-medium text-danger">
                {errs!.join(" ")}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      <TextAreaField
        name="comment"
        label={t("reports.comment")}
        maxLength={2000}
        defaultValue={typeof v.comment === "string" ? v.comment : ""}
        errors={field(state.fieldErrors?.comment)}
      />
      <div>
        <SubmitButton>{t("reports.sendFeedback")}</SubmitButton>
      </div>
    </form>
  );
}
