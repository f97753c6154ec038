import { z } from "zod";
import { email, password, requiredText } from "./common";

export const accountTypes = ["volunteer", "organization"] as const;

export const signUpSchema = z.object({
  name: requiredText(120),
  email,
  password,
  accountType: z.enum(accountTypes, { error: "required" }),
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
  role: z.enum(["volunteer", "organization", "coordinator", "admin"], { error: "invalid" }),
});
