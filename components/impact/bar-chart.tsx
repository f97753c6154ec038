import type { ReactNode } from "react";

export type BarRow = { label: string; value: number | null };

type Props = {
  /** Unique on the page; ids of the title and description derive from it. */
  id: string;
  title: string;
  /** Sentence read by screen readers: what is charted and the main finding. */
  description: string;
  rows: BarRow[];
  /** Shown instead of a number for a withheld (suppressed) group. */
  withheldText: string;
  format: (n: number) => string;
  /** The data-table alternative (the same figures, for anyone who cannot use the chart). */
  table: ReactNode;
  showTableText: string;
};

const WIDTH = 400;
const ROW = 44;
const BAR = 16;

/**
 * An accessible horizontal bar chart in plain SVG: role="img" named by its <title> and described by
 * its <desc> (aria-labelledby), each label written above its bar so it stays legible at 360px, and
 * the figures repeated in a table. Withheld groups get no bar, only the words "fewer than 5".
 */
export function BarChart({ id, title, description, rows, withheldText, format, table, showTableText }: Props) {
  const max = Math.max(1, ...rows.map((r) => r.value ?? 0));
  const height = Math.max(ROW, rows.length * ROW + 8);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <figure className="flex flex-col gap-2">
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="h-auto w-full max-w-2xl"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        {rows.map((r, i) => {
          const y = i * ROW + 4;
          const w = r.value == null ? 0 : Math.max(2, ((WIDTH - 90) * r.value) / max);
          return (
            <g key={`${r.label}-${i}`}>
              <text x={0} y={y + 13} fontSize={13} fill="#1b1f23">
                {r.label}
              </text>
              {r.value == null ? (
                <text x={0} y={y + 13 + BAR + 4} fontSize={12} fill="#4b5563" fontStyle="italic">
                  {withheldText}
                </text>
              ) : (
                <>
                  <rect x={0} y={y + 18} width={w} height={BAR} rx={2} fill="#11705a" />
                  <text x={w + 6} y={y + 18 + BAR - 3} fontSize={12} fill="#1b1f23">
                    {format(r.value)}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
      <details className="rounded border border-gray-200 bg-white p-2">
        <summary className="cursor-pointer text-brand-800 underline">{showTableText}</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </figure>
  );
}
