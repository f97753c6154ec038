"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/get-actor";
import { addLicence, deleteLicence, updateLicence } from "@/lib/data/volunteers/licences";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";

export async function addLicenceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await addLicence(await requireActor(), formObject(formData));
    revalidatePath("/volunteer/licences");
    return { status: "ok", message: "volunteer.licences.added" };
  });
}

export async function updateLicenceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    const { statusReset } = await updateLicence(await requireActor(), formObject(formData));
    revalidatePath("/volunteer/licences");
    return { status: "ok", message: statusReset ? "volunteer.licences.resetNotice" : "volunteer.licences.updated" };
  });
}

export async function deleteLicenceAction(formData: FormData): Promise<void> {
  await deleteLicence(await requireActor(), { id: formData.get("id") });
  revalidatePath("/volunteer/licences");
}
