"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { clientIp } from "@/lib/auth/client-ip";
import { signUp } from "@/lib/data/accounts/credentials";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";
import { isLocale } from "@/messages";

/** Issue 12 defect 9: new and known addresses both end on "check your email". */
export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  const state = await runFormAction(formData, async () => {
    await signUp(formObject(formData), clientIp(await headers()), isLocale(locale) ? locale : "en");
  });
  if (state.status === "error") return state;
  redirect("/sign-up/check-email");
}
