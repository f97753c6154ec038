import type { z } from "zod";
import { AppError } from "@/lib/errors";

/** Validates with the input's one schema; every field error at once, as message keys. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  throw new AppError("invalid_input", "errors.invalid_input", fieldErrors);
}
