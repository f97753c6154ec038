"use client";
import { useEffect, useId, useRef, useState } from "react";

export type ComboOption = { value: string; label: string };

type Props = {
  name: string;
  label: string;
  /** "districts" | "languages" …: the kind searched at /api/v1/reference/[kind]. */
  kind: string;
  /** Server-rendered suggestions, so the picker works without JavaScript (a native <datalist>). */
  options: ComboOption[];
  defaultValue?: string;
  hint?: string;
  errors?: string[];
  id?: string;
};

/**
 * A text input backed by a <datalist>: without JavaScript the browser filters the server-rendered
 * options and the server resolves what was typed (names in English or Marathi, or a code). With
 * JavaScript, typing also searches the whole reference list through the JSON endpoint.
 */
export function ReferenceCombobox({ name, label, kind, options, defaultValue, hint, errors, id }: Props) {
  const auto = useId();
  const inputId = id ?? `f-${name}`;
  const listId = `${inputId}-list-${auto.replace(/:/g, "")}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = errors?.length ? `${inputId}-error` : undefined;
  const [found, setFound] = useState<ComboOption[]>(options);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  function search(q: string) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      controller.current?.abort();
      const c = new AbortController();
      controller.current = c;
      try {
        const res = await fetch(`/api/v1/reference/${kind}?q=${encodeURIComponent(q.trim())}`, { signal: c.signal });
        if (!res.ok) return;
        const body = (await res.json()) as { items: ComboOption[] };
        setFound(body.items.length ? body.items : options);
      } catch {
        // offline or aborted: the server-rendered options stay
      }
    }, 200);
  }

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={inputId} className="font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={inputId}
        name={name}
        list={listId}
        defaultValue={defaultValue}
        autoComplete="off"
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        onChange={(e) => search(e.target.value)}
        className="rounded-md border border-gray-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger"
      />
      <datalist id={listId}>
        {found.map((o) => (
          <option key={o.value} value={o.value} />
        ))}
      </datalist>
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-danger">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
