"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/get-actor";
import { saveFacility } from "@/lib/data/organizations/save-facility";
import { addDemoFacility } from "@/lib/data/organizations/demo-facilities";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";

export async function saveFacilityAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, async () => {
    await saveFacility(await requireActor(), formObject(formData));
  });
  if (state.status === "error") return state;
  revalidatePath(`/organization/${String(formData.get("organizationId"))}/facilities`);
  return { status: "ok", message: "organization.facilities.saved" };
}

export async function addDemoFacilityAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, async () => {
    await addDemoFacility(await requireActor(), formObject(formData));
  });
  if (state.status === "error") return state;
  revalidatePath(`/organization/${String(formData.get("organizationId"))}/facilities`);
  return { status: "ok", message: "organization.facilities.saved" };
}
