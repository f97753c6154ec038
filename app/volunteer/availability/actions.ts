"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/get-actor";
import { addAvailability, deleteAvailability } from "@/lib/data/volunteers/availability";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";

export async function addAvailabilityAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await addAvailability(await requireActor(), formObject(formData));
    revalidatePath("/volunteer/availability");
    return { status: "ok", message: "volunteer.availability.added" };
  });
}

export async function deleteAvailabilityAction(formData: FormData): Promise<void> {
  await deleteAvailability(await requireActor(), { id: formData.get("id") });
  revalidatePath("/volunteer/availability");
}
