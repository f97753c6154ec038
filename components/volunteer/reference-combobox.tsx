"use client";
import { useEffect, useId, useRef, useState } from "react";
import { controlClass, fieldAria, FieldFrame } from "@/components/ui/field-frame";

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
    <FieldFrame id={inputId} label={label} hint={hint} errors={errors}>
      <input
        id={inputId}
        name={name}
        list={listId}
        defaultValue={defaultValue}
        autoComplete="off"
        {...fieldAria(inputId, hint, errors).props}
        onChange={(e) => search(e.target.value)}
        className={controlClass}
      />
      <datalist id={listId}>
        {found.map((o) => (
          <option key={o.value} value={o.value} />
        ))}
      </datalist>
    </FieldFrame>
  );
}
