import { Field } from "@/components/ui/field";

type Labels = Record<"daysServed" | "hours" | "patientsSeen" | "proceduresOrCamps" | "staffTrained" | "sessionsTaught", string> & {
  daysServedHint: string;
  hoursHint: string;
};

type Values = Record<string, string | string[] | number | undefined | null>;

const str = (v: Values[string]) => (v == null ? "" : Array.isArray(v) ? (v[0] ?? "") : String(v));

/** The six figures of a service report, shared by the volunteer's form and the organisation's confirmation. */
export function ReportFigureFields({
  labels,
  values,
  errors,
  maxDays,
}: {
  labels: Labels;
  values: Values;
  /** Already translated, per field. */
  errors: (name: string) => string[] | undefined;
  maxDays: number;
}) {
  const num = (name: keyof Omit<Labels, "daysServedHint" | "hoursHint">, extra: { hint?: string; max?: number; required?: boolean } = {}) => (
    <Field
      name={name}
      type="number"
      inputMode="numeric"
      min={name === "daysServed" ? 1 : 0}
      max={extra.max}
      step={1}
      required={extra.required}
      label={labels[name]}
      hint={extra.hint}
      defaultValue={str(values[name])}
      errors={errors(name)}
    />
  );
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {num("daysServed", { hint: labels.daysServedHint, max: maxDays, required: true })}
      {num("hours", { hint: labels.hoursHint, max: 24 * maxDays, required: true })}
      {num("patientsSeen")}
      {num("proceduresOrCamps")}
      {num("staffTrained")}
      {num("sessionsTaught")}
    </div>
  );
}

/** A labelled textarea with its error tied by aria-describedby. */
export function TextAreaField({
  name,
  label,
  defaultValue,
  errors,
  rows = 3,
  maxLength,
}: {
  name: string;
  label: string;
  defaultValue?: string;
  errors?: string[];
  rows?: number;
  maxLength?: number;
}) {
  const id = `f-${name}`;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        defaultValue={defaultValue}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        className="rounded-md border border-gray-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger"
      />
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-danger">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
