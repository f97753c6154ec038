"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/get-actor";
import { rejectLicence, setVerificationLevel } from "@/lib/data/verification/set-verification-level";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";

export async function setLevelAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await setVerificationLevel(await requireActor(), formObject(formData));
    revalidatePath("/coordinator/verification", "layout");
    return { status: "ok", message: "coordinator.verification.levelSet" };
  });
}

export async function rejectLicenceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await rejectLicence(await requireActor(), formObject(formData));
    revalidatePath("/coordinator/verification", "layout");
    return { status: "ok", message: "coordinator.verification.licenceRejectedDone" };
  });
}
