"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/get-actor";
import { confirmArrival } from "@/lib/data/placements/confirm-arrival";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";

export async function confirmArrivalAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await confirmArrival(await requireActor(), formObject(formData));
    revalidatePath("/organization/placements", "layout");
    return { status: "ok", message: "placements.arrivalSaved" };
  });
}
