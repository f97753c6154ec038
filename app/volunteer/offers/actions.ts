"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/get-actor";
import { withdrawPlacement } from "@/lib/data/placements/end-placement";
import { acceptOffer, declineOffer } from "@/lib/data/placements/respond-to-offer";
import { setFlash } from "@/lib/http/flash";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";

export async function acceptOfferAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await acceptOffer(await requireActor(), formObject(formData));
    revalidatePath("/volunteer/offers");
    await setFlash("placements.accepted");
    return { status: "ok", message: "placements.accepted" };
  });
}

export async function declineOfferAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await declineOffer(await requireActor(), formObject(formData));
    revalidatePath("/volunteer/offers");
    await setFlash("placements.declined");
    return { status: "ok", message: "placements.declined" };
  });
}

export async function withdrawAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await withdrawPlacement(await requireActor(), formObject(formData));
    revalidatePath("/volunteer/offers");
    return { status: "ok", message: "placements.withdrawn" };
  });
}
