import type { ReactNode } from "react";

/** The look every text-like control shares; invalid controls get the danger border. */
// max-w-full: a select with long options (specialty names in Marathi or Hindi) never widens the page at 360 px.
export const controlClass = "min-w-0 max-w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";

/** Ids and ARIA wiring for a control: hint and errors are announced with it (aria-describedby). */
export function fieldAria(id: string, hint: ReactNode | undefined, errors: string[] | undefined) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return {
    hintId,
    errorId,
    props: {
      "aria-invalid": errorId ? (true as const) : undefined,
      "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
    },
  };
}

/** Label, hint, the control itself (children), then the errors: one layout for every field kind. */
export function FieldFrame(p: { id: string; label: ReactNode; hint?: ReactNode; errors?: string[]; children: ReactNode }) {
  const { hintId, errorId } = fieldAria(p.id, p.hint, p.errors);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={p.id} className="font-medium">
        {p.label}
      </label>
      {p.hint ? (
        <p id={hintId} className="text-sm text-muted">
          {p.hint}
        </p>
      ) : null}
      {p.children}
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-danger">
          {p.errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
