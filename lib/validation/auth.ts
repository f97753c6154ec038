import { isTimeZone } from "@/lib/i18n/when";
import { z } from "zod";
import { email, password, requiredText } from "./common";
import { isAdultOn, todayUtc } from "./calendar-dates";
import { volunteerSignUpFields } from "./volunteers";
import { roles } from "@/lib/vocabulary/domain";

export const accountTypes = ["volunteer", "organization"] as const;

export const signUpSchema = z
  .object({
    name: requiredText(120),
    email,
    password,
    accountType: z.enum(accountTypes, { error: "required" }),
    // Volunteers only (issue 3): separate consents per purpose and the adults-only rule.
    ...volunteerSignUpFields,
  })
  .superRefine((v, ctx) => {
    if (v.accountType !== "volunteer") return;
    if (!v.consentMatching) ctx.addIssue({ code: "custom", path: ["consentMatching"], message: "consent_matching_required" });
    if (v.dateOfBirth && !isAdultOn(v.dateOfBirth, todayUtc())) {
      ctx.addIssue({ code: "custom", path: ["dateOfBirth"], message: "adult_only" });
    } else if (!v.dateOfBirth && !v.adultDeclared) {
      ctx.addIssue({ code: "custom", path: ["adultDeclared"], message: "adult_required" });
    }
  });
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email,
  password: z.string({ error: "required" }).min(1, "required").max(200, "too_long"),
});

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, "required"), newPassword: password })
  .refine((v) => v.currentPassword !== v.newPassword, { path: ["newPassword"], message: "password_same" });

export const roleChangeSchema = z.object({
  userId: z.uuid({ error: "invalid" }),
  role: z.enum(roles, { error: "invalid" }),
});

/** "Forgot password" and "resend verification": an address only. */
export const emailOnlySchema = z.object({ email });

/** A link token from an email (verify or reset): opaque, base64url. */
export const linkTokenSchema = z.object({ token: z.string({ error: "required" }).regex(/^[A-Za-z0-9_-]{20,100}$/, "invalid") });

export const resetPasswordSchema = z.object({
  token: z.string({ error: "required" }).regex(/^[A-Za-z0-9_-]{20,100}$/, "invalid"),
  newPassword: password,
});

/** The account's time-zone setting (ADR 011): an IANA zone, or "" for automatic. */
export const timeZoneSettingSchema = z.object({
  timeZone: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.string({ error: "everyday.timeZone.invalid" }).refine((v) => v === "" || isTimeZone(v), "everyday.timeZone.invalid"),
  ),
});
