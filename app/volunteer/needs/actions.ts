"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/get-actor";
import { expressInterest } from "@/lib/data/volunteers/interests";
import { setFlash } from "@/lib/http/flash";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";

export async function expressInterestAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await expressInterest(await requireActor(), formObject(formData));
    revalidatePath("/volunteer/needs");
    revalidatePath("/volunteer/interests");
    await setFlash("volunteer.needs.expressed");
    return { status: "ok", message: "volunteer.needs.expressed" };
  });
}
