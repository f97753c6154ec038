import type { ReactNode } from "react";

type Props = {
  legend: ReactNode;
  name?: string;
  /** Each box: its own name (boolean fields) or a shared name with a value (multi-select). */
  items: { name?: string; value?: string; label: string; checked: boolean }[];
  errors?: string[];
  id: string;
};

/** A fieldset of checkboxes; errors tied to the group with aria-describedby. */
export function CheckboxGroup({ legend, name, items, errors, id }: Props) {
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={errorId}>
      <legend className="font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {items.map((item) => {
          const boxId = `${id}-${item.name ?? item.value}`;
          return (
            <label key={boxId} htmlFor={boxId} className="inline-flex items-center gap-2">
              <input id={boxId} type="checkbox" name={item.name ?? name} value={item.value ?? "on"} defaultChecked={item.checked} className="h-4 w-4" />
              {item.label}
            </label>
          );
        })}
      </div>
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-danger">
          {errors!.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
