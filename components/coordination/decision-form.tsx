"use client";
import { useActionState, useEffect, useRef } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { idle, type FormState } from "@/lib/http/form-state";

export type DecisionField = {
  name: string;
  label: string;
  type?: "text" | "date" | "number" | "textarea" | "select";
  options?: { value: string; label: string }[];
  defaultValue?: string;
  hint?: string;
  required?: boolean;
};

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  hidden?: Record<string, string>;
  fields?: DecisionField[];
  submitLabel: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  /** Unique per page, so several forms can share field names without sharing ids. */
  idPrefix: string;
  /** Already translated text shown after success (the action may return its own key instead). */
  okText?: string;
};

/**
 * One decision (approve, reject, accept, decline, set a level…): labelled fields whose errors are
 * tied to them with aria-describedby, a form-level message announced and focused after submit, and
 * the submitted values refilled (React 19 resets forms after an action).
 */
export function DecisionForm({ action, hidden = {}, fields = [], submitLabel, pendingLabel, variant = "primary", idPrefix, okText }: Props) {
  const { text, field } = useFormText();
  const [state, formAction] = useActionState(action, idle);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== "idle") messageRef.current?.querySelector<HTMLElement>("[tabindex='-1']")?.focus();
  }, [state]);
  const value = (f: DecisionField) => {
    const v = state.status === "error" ? state.values?.[f.name] : undefined;
    return typeof v === "string" ? v : f.defaultValue;
  };
  const message = state.status === "ok" ? (state.message ? text(state.message) : okText) : text(state.message);
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <div ref={messageRef}>
        <FormMessage status={state.status} text={message} fieldErrors={state.fieldErrors} />
      </div>
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {fields.map((f) => {
        const id = `${idPrefix}-${f.name}`;
        const errors = field(state.fieldErrors?.[f.name]);
        if (f.type === "textarea" || f.type === "select") {
          const hintId = f.hint ? `${id}-hint` : undefined;
          const errorId = errors?.length ? `${id}-error` : undefined;
          const common = {
            id,
            name: f.name,
            defaultValue: value(f),
            required: f.required,
            "aria-invalid": errorId ? true : undefined,
            "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
            className: "rounded-md border border-gray-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger",
          };
          return (
            <div key={`${f.name}-${state.status}`} className="flex flex-col gap-1">
              <label htmlFor={id} className="font-medium">
                {f.label}
              </label>
              {f.hint ? (
                <p id={hintId} className="text-sm text-muted">
                  {f.hint}
                </p>
              ) : null}
              {f.type === "textarea" ? (
                <textarea rows={3} {...common} />
              ) : (
                <select {...common}>
                  {f.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              )}
              {errorId ? (
                <p id={errorId} className="text-sm font-medium text-danger">
                  {errors!.join(" ")}
                </p>
              ) : null}
            </div>
          );
        }
        return (
          <Field
            key={`${f.name}-${state.status}`}
            id={id}
            name={f.name}
            type={f.type ?? "text"}
            label={f.label}
            hint={f.hint}
            required={f.required}
            defaultValue={value(f)}
            errors={errors}
          />
        );
      })}
      <div>
        <SubmitButton variant={variant} pendingText={pendingLabel}>
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
