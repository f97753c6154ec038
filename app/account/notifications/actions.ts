"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/get-actor";
import { updateNotificationPreferences } from "@/lib/data/notifications/preferences";
import { formObject, formValues, runFormAction, type FormState } from "@/lib/http/form-state";

export async function savePreferencesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, async () => {
    await updateNotificationPreferences(await requireActor(), formObject(formData, ["emailKinds"]));
  });
  if (state.status === "error") return state;
  revalidatePath("/account/notifications");
  return { status: "ok", message: "notifications.preferences.saved", values: formValues(formData) };
}
