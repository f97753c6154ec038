import { z } from "zod";
import { normalizeEmail } from "@/lib/auth/email";

// Schema messages are keys under "errors.field" in the message catalogue, so the form that shows
// them and the API that returns them speak every locale.
/** Normalised before it is checked (NFKC, trim, lower case), so one person has one account. */
export const email = z.preprocess(
  (v) => (typeof v === "string" ? normalizeEmail(v) : v),
  z
    .string({ error: "required" })
    .min(1, "required")
    .max(254, "too_long")
    .pipe(z.email({ error: "email_invalid" })),
);

export const password = z.string({ error: "required" }).min(12, "password_short").max(200, "too_long");

export const uuid = z.uuid({ error: "invalid" });

/** Checkbox from FormData ("on") or JSON boolean. */
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(max, "too_long").optional());

export const requiredText = (max: number) => z.string({ error: "required" }).trim().min(1, "required").max(max, "too_long");
