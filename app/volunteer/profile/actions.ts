"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/get-actor";
import { updateProfile } from "@/lib/data/volunteers/update-profile";
import { formObject, formValues, runFormAction, type FormState } from "@/lib/http/form-state";

export async function saveProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await updateProfile(await requireActor(), formObject(formData, ["otherSpecialties", "preferredDistricts"]));
    revalidatePath("/volunteer/profile");
    return { status: "ok", message: "volunteer.profile.saved", values: formValues(formData) };
  });
}
