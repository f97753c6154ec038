"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/get-actor";
import { registerOrganization } from "@/lib/data/organizations/register-organization";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";

export async function registerOrganizationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let id: string | undefined;
  const state = await runFormAction(formData, async () => {
    id = (await registerOrganization(await requireActor(), formObject(formData))).id;
  });
  if (state.status === "error" || !id) return state;
  redirect(`/organization/${id}`);
}
