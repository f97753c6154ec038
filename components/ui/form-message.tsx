"use client";
import { useEffect, useRef, useState } from "react";
import { useFormText } from "@/components/forms/use-form-text";

type Props = {
  status: "idle" | "ok" | "error";
  /** Already translated form-level sentence. */
  text?: string;
  /** The FormState's field errors (message keys): listed all at once in the error summary. */
  fieldErrors?: Record<string, string[]>;
};

type Entry = { key: string; sentences: string[]; label?: string; targetId?: string };

/**
 * The form-level message: announced (role=alert for errors, status for success). After a failed
 * submit it is an error summary: focus moves to it and it lists every field error at once, each
 * linked to its control (issue 18), so no error hides behind another further down the page.
 */
export function FormMessage({ status, text, fieldErrors }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const { field } = useFormText();
  const entries: Entry[] = Object.entries(fieldErrors ?? {}).map(([key, keys]) => ({ key, sentences: field(keys) ?? [] }));
  const [labels, setLabels] = useState<Record<string, { label: string; targetId: string }>>({});

  useEffect(() => {
    if (status !== "error") return;
    // The labels live in the form's markup: read them from the control each field error names.
    const form = ref.current?.closest("form");
    const found: Record<string, { label: string; targetId: string }> = {};
    for (const key of Object.keys(fieldErrors ?? {})) {
      const control = form?.querySelector<HTMLElement>(`[name="${CSS.escape(key)}"]`);
      if (!control?.id) continue;
      const labelled = (control as HTMLInputElement).labels?.[0]?.textContent ?? control.closest("fieldset")?.querySelector("legend")?.textContent;
      found[key] = { label: (labelled ?? "").trim(), targetId: control.id };
    }
    setLabels(found);
    ref.current?.focus();
  }, [status, fieldErrors]);

  if (status === "idle" || !text) return <div role="status" aria-live="polite" className="sr-only" />;
  const error = status === "error";
  const listed = entries.filter((e) => e.sentences.length);
  return (
    <div
      ref={ref}
      role={error ? "alert" : "status"}
      tabIndex={-1}
      className={`rounded-md border px-4 py-3 ${error ? "border-danger bg-red-50 text-danger" : "border-ok bg-green-50 text-ok"}`}
    >
      <p className={listed.length ? "font-medium" : undefined}>{text}</p>
      {error && listed.length ? (
        <ul className="mt-2 list-disc pl-5">
          {listed.map((e) => {
            const where = labels[e.key];
            const sentence = e.sentences.join(" ");
            return (
              <li key={e.key}>
                {where ? (
                  <a href={`#${where.targetId}`} className="underline">
                    {where.label ? `${where.label}: ` : ""}
                    {sentence}
                  </a>
                ) : (
                  sentence
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
