import type { ReactNode } from "react";
import type { ReasonLike } from "@/lib/i18n/match-reasons";
import type { ReasonFormatter } from "@/lib/i18n/reason-formatter";

/**
 * The reasons behind a score (DESIGN rule 4), each with its points; they add up to the score.
 * `format` comes from getReasonFormatter, made once per page so names load in one go.
 */
export function ReasonList({ reasons, summary, format }: { reasons: ReasonLike[]; summary: ReactNode; format: ReasonFormatter["reason"] }) {
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-brand-800 underline">{summary}</summary>
      <ul className="ml-5 mt-2 list-disc">
        {reasons.map((r, i) => (
          <li key={`${r.key}-${i}`}>{format(r)}</li>
        ))}
      </ul>
    </details>
  );
}
