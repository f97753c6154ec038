import type { ReactNode, SelectHTMLAttributes } from "react";
import { controlClass, fieldAria, FieldFrame } from "./field-frame";

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
  // React applies a select's defaultValue only when it mounts, and React 19 resets a form after its
  // action: a new default (the values a failed submit returns) must remount the select, or the reset
  // puts it back on "Choose…" (issue 18). Text inputs do not need this; React updates their default.
  const remountOn = Array.isArray(defaultValue) ? defaultValue.join("\u0000") : (defaultValue ?? "");
  return (
    <FieldFrame id={selectId} label={label} hint={hint} errors={errors}>
      <select
        key={remountOn}
        id={selectId}
        name={name}
        defaultValue={defaultValue}
        {...fieldAria(selectId, hint, errors).props}
        className={controlClass}
        {...rest}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
