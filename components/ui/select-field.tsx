import type { ReactNode, SelectHTMLAttributes } from "react";

export type SelectOption = { value: string; label: string };

type Props = {
  name: string;
  label: ReactNode;
  options: SelectOption[];
  hint?: ReactNode;
  /** Already translated error sentences. */
  errors?: string[];
  /** Label of an empty first option (omit for none). */
  emptyLabel?: string;
  defaultValue?: string | string[];
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "defaultValue">;

/** A labelled select whose hint and errors are tied to it with aria-describedby (as Field). */
export function SelectField({ name, label, options, hint, errors, emptyLabel, id, defaultValue, ...rest }: Props) {
  const selectId = id ?? `f-${name}`;
  const hintId = hint ? `${selectId}-hint` : undefined;
  const errorId = errors?.length ? `${selectId}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={selectId} className="font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <select
        id={selectId}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className="rounded-md border border-gray-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger"
        {...rest}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-danger">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
