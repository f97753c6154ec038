"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { clientIp } from "@/lib/auth/client-ip";
import { signUp } from "@/lib/data/accounts/credentials";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, async () => {
    await signUp(formObject(formData), clientIp(await headers()));
  });
  if (state.status === "error") return state;
  await signIn("credentials", { email: formData.get("email"), password: formData.get("password"), redirect: false });
  redirect("/dashboard");
}
