"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/get-actor";
import { changePassword, signOutEverywhere } from "@/lib/data/accounts/manage-account";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";
import { signOut } from "@/lib/auth";

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, async () => {
    await changePassword(await requireActor(), formObject(formData));
  });
  if (state.status === "error") return state;
  // The session version moved on: every session, this one included, has ended.
  await signOut({ redirectTo: "/sign-in" });
  return state;
}

export async function signOutEverywhereAction(): Promise<void> {
  await signOutEverywhere(await requireActor());
  await signOut({ redirect: false });
  redirect("/sign-in");
}
