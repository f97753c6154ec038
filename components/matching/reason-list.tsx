import type { ReactNode } from "react";

type Reason = { key: string; points: number; text: string };

/** The reasons behind a score (DESIGN rule 4), each with its points; they add up to the score. */
export function ReasonList({ reasons, summary }: { reasons: Reason[]; summary: ReactNode }) {
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-brand-800 underline">{summary}</summary>
      <ul className="ml-5 mt-2 list-disc">
        {reasons.map((r, i) => (
          <li key={`${r.key}-${i}`}>{r.text}</li>
        ))}
      </ul>
    </details>
  );
}
