import type { ReactNode } from "react";

export type Column = { label: ReactNode; align?: "right"; /** label for screen readers only (e.g. an actions column) */ hidden?: boolean };

/**
 * The list pages' table: scrolls sideways on narrow screens, an optional caption for screen readers,
 * one row of column headers (scope="col"); the children are the body rows.
 */
export function DataTable({ caption, columns, small = false, children }: { caption?: ReactNode; columns: Column[]; small?: boolean; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className={`w-full border-collapse text-left${small ? " text-sm" : ""}`}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead>
          <tr className="border-b">
            {columns.map((c, i) => (
              <th key={i} scope="col" className={c.align === "right" ? "p-2 text-right" : "p-2"}>
                {c.hidden ? <span className="sr-only">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
