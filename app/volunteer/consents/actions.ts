"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/get-actor";
import { changeConsent } from "@/lib/data/volunteers/consents";

/** One click per purpose (issue 3): the button posts the purpose and the new state. */
export async function changeConsentAction(formData: FormData): Promise<void> {
  await changeConsent(await requireActor(), { purpose: formData.get("purpose"), granted: formData.get("granted") });
  revalidatePath("/volunteer/consents");
  revalidatePath("/volunteer/needs");
}
