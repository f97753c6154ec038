"use client";
import { useActionState, type ReactNode } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormText } from "@/components/forms/use-form-text";
import { idle, type FormState } from "@/lib/http/form-state";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  submitLabel: ReactNode;
  variant?: "primary" | "secondary" | "danger";
  /** Extra fields, rendered by the server page (labels included). */
  children?: ReactNode;
  className?: string;
  /** Accessible name of the form (several similar forms on one page). */
  label?: string;
};

/**
 * A small form that posts to a server action and announces its outcome; field errors of its
 * children are listed in the message (they are short forms: a reason, a rank).
 */
export function InlineActionForm({ action, hidden, submitLabel, variant = "primary", children, className = "", label }: Props) {
  const { text, field } = useFormText();
  const [state, formAction] = useActionState(action, idle);
  const fieldText = Object.values(state.fieldErrors ?? {}).flatMap((keys) => field(keys) ?? []);
  const message = [text(state.message), ...fieldText].filter(Boolean).join(" ");
  return (
    <form action={formAction} className={`flex flex-col gap-2 ${className}`} aria-label={label} noValidate>
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {children}
      <div>
        <SubmitButton variant={variant}>{submitLabel}</SubmitButton>
      </div>
      <FormMessage status={state.status} text={message || undefined} />
    </form>
  );
}
