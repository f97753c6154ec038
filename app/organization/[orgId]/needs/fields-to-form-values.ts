import type { NeedFields } from "@/lib/validation/needs";

/** A stored need as the string values its form shows (checkboxes "on", numbers as text). */
export function fieldsToFormValues(f: NeedFields): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(f)) {
    if (v === undefined || v === null) continue;
    if (typeof v === "boolean") {
      if (v) out[k] = "on";
    } else if (Array.isArray(v)) out[k] = v;
    else out[k] = String(v);
  }
  return out;
}
