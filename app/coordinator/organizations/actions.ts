"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/get-actor";
import { decideOrganization } from "@/lib/data/organizations/decide-organization";
import { setFlash } from "@/lib/http/flash";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";

export async function decideOrganizationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, async () => {
    await decideOrganization(await requireActor(), formObject(formData));
  });
  if (state.status === "error") return state;
  revalidatePath("/coordinator/organizations");
  await setFlash("organization.review.decided");
  return { status: "ok", message: "organization.review.decided" };
}
