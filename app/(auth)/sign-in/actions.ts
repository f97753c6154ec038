"use server";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { formValues, type FormState } from "@/lib/http/form-state";
import { signInSchema } from "@/lib/validation/auth";
import { parseInput } from "@/lib/data/shared/parse";
import { AppError } from "@/lib/errors";

function safeNext(v: FormDataEntryValue | null): string {
  return typeof v === "string" && v.startsWith("/") && !v.startsWith("//") ? v : "/dashboard";
}

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    parseInput(signInSchema, { email: formData.get("email"), password: formData.get("password") });
    await signIn("credentials", { email: formData.get("email"), password: formData.get("password"), redirect: false });
  } catch (e) {
    if (e instanceof AppError) return { status: "error", message: e.messageKey, fieldErrors: e.fieldErrors, values };
    if (e instanceof AuthError) {
      const code = (e as AuthError & { code?: string }).code;
      return { status: "error", message: code === "rate_limited" ? "auth.rateLimited" : "auth.invalidCredentials", values };
    }
    throw e;
  }
  redirect(safeNext(formData.get("next")));
}
