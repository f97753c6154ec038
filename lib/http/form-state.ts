import { AppError } from "@/lib/errors";

/**
 * What every form action returns. React 19 resets a form after its action runs, so the submitted
 * values come back to refill it; errors are message keys the form renders in the reader's locale.
 */
export type FormState = {
  status: "idle" | "ok" | "error";
  /** Key under the catalogue, e.g. "errors.conflict.overlap" or "account.passwordChanged". */
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string | string[]>;
  /** Extra data for the page (for example the id of what was created). */
  data?: Record<string, string | number>;
};

export const idle: FormState = { status: "idle" };

const secretFields = /password|token|secret/i;

export function formValues(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (secretFields.test(key) || key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return out;
}

/** FormData → plain object for zod (repeated keys become arrays, files are kept). */
export function formObject(formData: FormData, arrays: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key);
    out[key] = arrays.includes(key) || all.length > 1 ? all : all[0];
  }
  return out;
}

/** Runs a use case for a form; AppErrors become form state, anything else propagates (500). */
export async function runFormAction(formData: FormData, fn: () => Promise<FormState | void>): Promise<FormState> {
  try {
    const result = await fn();
    return result ?? { status: "ok", values: formValues(formData) };
  } catch (e) {
    if (e instanceof AppError) {
      return { status: "error", message: e.messageKey, fieldErrors: e.fieldErrors, values: formValues(formData) };
    }
    throw e;
  }
}
