import type { ReactNode, TextareaHTMLAttributes } from "react";

type Props = { name: string; label: ReactNode; hint?: ReactNode; errors?: string[]; defaultValue?: string } & Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  "name" | "defaultValue"
>;

/** A labelled textarea with hint and errors tied by aria-describedby. */
export function TextareaField({ name, label, hint, errors, id, defaultValue, rows = 4, ...rest }: Props) {
  const areaId = id ?? `f-${name}`;
  const hintId = hint ? `${areaId}-hint` : undefined;
  const errorId = errors?.length ? `${areaId}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={areaId} className="font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <textarea
        id={areaId}
        name={name}
        rows={rows}
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
