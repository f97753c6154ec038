"use server";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth";
import { requireActor } from "@/lib/auth/get-actor";
import { deleteMyAccount } from "@/lib/data/volunteers/delete-my-account";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";

export async function deleteAccountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, async () => {
    await deleteMyAccount(await requireActor(), formObject(formData));
  });
  if (state.status === "error") return state;
  // Every session row is gone already; this clears the cookie in this browser.
  await signOut({ redirect: false });
  redirect("/");
}
