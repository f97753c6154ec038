"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/get-actor";
import { changePassword, signOutEverywhere } from "@/lib/data/accounts/manage-account";
import { updateTimeZoneSetting } from "@/lib/data/accounts/time-zone-setting";
import { revalidatePath } from "next/cache";
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

export async function saveTimeZoneAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, async () => {
    await updateTimeZoneSetting(await requireActor(), formObject(formData));
  });
  if (state.status === "error") return state;
  revalidatePath("/", "layout");
  return { status: "ok", message: "everyday.timeZone.saved", values: state.values };
}
