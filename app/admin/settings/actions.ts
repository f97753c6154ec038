"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/get-actor";
import { updateSettings } from "@/lib/data/settings/admin-settings";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";

export async function updateSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, async () => updateSettings(await requireActor(), formObject(formData)));
  if (state.status === "error") return state;
  revalidatePath("/admin/settings");
  return { status: "ok", message: "admin.done", values: state.values };
}
