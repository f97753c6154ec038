"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/get-actor";
import { createInvite } from "@/lib/data/organizations/create-invite";
import { removeMember } from "@/lib/data/organizations/remove-member";
import { absoluteUrl } from "@/lib/http/app-url";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";

export async function createInviteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let link = "";
  const state = await runFormAction(formData, async () => {
    const { token } = await createInvite(await requireActor(), formObject(formData));
    link = absoluteUrl(`/organization/invites/${token}`);
  });
  if (state.status === "error") return state;
  revalidatePath(`/organization/${String(formData.get("organizationId"))}/members`);
  return { status: "ok", data: { link } };
}

export async function removeMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, async () => {
    await removeMember(await requireActor(), formObject(formData));
  });
  if (state.status === "error") return state;
  revalidatePath(`/organization/${String(formData.get("organizationId"))}/members`);
  return { status: "ok", message: "organization.members.removed" };
}
