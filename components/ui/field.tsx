import type { InputHTMLAttributes, ReactNode } from "react";
import { controlClass, fieldAria, FieldFrame } from "./field-frame";

type FieldProps = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Already translated error sentences for this field. */
  errors?: string[];
  defaultValue?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue">;

/** A labelled input whose hint and errors are tied to it with aria-describedby. */
export function Field({ name, label, hint, errors, id, defaultValue, ...rest }: FieldProps) {
  const inputId = id ?? `f-${name}`;
  return (
    <FieldFrame id={inputId} label={label} hint={hint} errors={errors}>
      <input id={inputId} name={name} defaultValue={defaultValue} {...fieldAria(inputId, hint, errors).props} className={controlClass} {...rest} />
    </FieldFrame>
  );
}
