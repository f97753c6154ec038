"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/get-actor";
import { expressInterest } from "@/lib/data/volunteers/interests";
import { setFlash } from "@/lib/http/flash";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";

/** The volunteers area owns interests (issue 3); this page only offers the button. */
export async function expressInterestAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, async () => {
    await expressInterest(await requireActor(), formObject(formData));
  });
  if (state.status === "error") return state;
  revalidatePath(`/needs/${String(formData.get("needId"))}`);
  await setFlash("needs.detail.expressed");
  return { status: "ok", message: "needs.detail.expressed" };
}
