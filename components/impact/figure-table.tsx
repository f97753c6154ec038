import type { ReactNode } from "react";

export type Column<R> = { header: string; cell: (row: R) => ReactNode; numeric?: boolean };

/** A captioned data table with column headers and the first column as row headers. */
export function FigureTable<R>({
  caption,
  columns,
  rows,
  rowKey,
  captionHidden = false,
  emptyText,
}: {
  caption: string;
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R, i: number) => string;
  captionHidden?: boolean;
  emptyText?: string;
}) {
  if (rows.length === 0 && emptyText) return <p className="text-muted">{emptyText}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className={captionHidden ? "sr-only" : "mb-1 text-left font-medium"}>{caption}</caption>
        <thead>
          <tr className="border-b border-gray-300">
            {columns.map((c) => (
              <th key={c.header} scope="col" className={`p-2 ${c.numeric ? "text-right" : ""}`}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={rowKey(r, i)} className="border-b border-gray-100 align-top">
              {columns.map((c, j) =>
                j === 0 ? (
                  <th key={c.header} scope="row" className="p-2 font-normal">
                    {c.cell(r)}
                  </th>
                ) : (
                  <td key={c.header} className={`p-2 ${c.numeric ? "text-right tabular-nums" : ""}`}>
                    {c.cell(r)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
