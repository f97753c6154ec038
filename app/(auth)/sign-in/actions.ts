"use server";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { formValues, type FormState } from "@/lib/http/form-state";
import { sameOriginPath } from "@/lib/http/safe-redirect";
import { signInSchema } from "@/lib/validation/auth";
import { parseInput } from "@/lib/data/shared/parse";
import { AppError } from "@/lib/errors";

const messageFor: Record<string, string> = {
  rate_limited: "auth.rateLimited",
  unverified: "auth.unverified",
};

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    parseInput(signInSchema, { email: formData.get("email"), password: formData.get("password") });
    await signIn("credentials", { email: formData.get("email"), password: formData.get("password"), redirect: false });
  } catch (e) {
    if (e instanceof AppError) return { status: "error", message: e.messageKey, fieldErrors: e.fieldErrors, values };
    if (e instanceof AuthError) {
      const code = (e as AuthError & { code?: string }).code ?? "";
      return { status: "error", message: messageFor[code] ?? "auth.invalidCredentials", values };
    }
    throw e;
  }
  // Issue 12 defect 1: only a path on this origin, parsed as a browser would read it.
  redirect(sameOriginPath(formData.get("next")) ?? "/dashboard");
}
