import type { InputHTMLAttributes, ReactNode } from "react";

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
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = errors?.length ? `${inputId}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={inputId} className="font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={inputId}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className="rounded-md border border-gray-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger"
        {...rest}
      />
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-danger">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
