"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/auth/client-ip";
import { resendVerification, verifyEmail } from "@/lib/data/accounts/email-verification";
import { requestPasswordReset, resetPassword } from "@/lib/data/accounts/password-reset";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";

// The email-link flows of issue 12. Requests answer the same whether or not the address has an
// account; following a link is a POST (a button), so mail scanners that open links use up nothing.

export async function resendVerificationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await resendVerification(formObject(formData), clientIp(await headers()));
    return { status: "ok", message: "auth.resend.sent" };
  });
}

export async function forgotPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await requestPasswordReset(formObject(formData), clientIp(await headers()));
    return { status: "ok", message: "auth.forgot.sent" };
  });
}

export async function verifyEmailAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, () => verifyEmail(formObject(formData)));
  if (state.status === "error") return state;
  redirect("/sign-in?done=verified");
}

export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, () => resetPassword(formObject(formData)));
  if (state.status === "error") return state;
  redirect("/sign-in?done=reset");
}
