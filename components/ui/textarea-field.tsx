import type { ReactNode, TextareaHTMLAttributes } from "react";
import { controlClass, fieldAria, FieldFrame } from "./field-frame";

type Props = { name: string; label: ReactNode; hint?: ReactNode; errors?: string[]; defaultValue?: string } & Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  "name" | "defaultValue"
>;

/** A labelled textarea with hint and errors tied by aria-describedby. */
export function TextareaField({ name, label, hint, errors, id, defaultValue, rows = 4, ...rest }: Props) {
  const areaId = id ?? `f-${name}`;
  return (
    <FieldFrame id={areaId} label={label} hint={hint} errors={errors}>
      <textarea id={areaId} name={name} rows={rows} defaultValue={defaultValue} {...fieldAria(areaId, hint, errors).props} className={controlClass} {...rest} />
    </FieldFrame>
  );
}
