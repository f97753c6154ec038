"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/get-actor";
import { acceptInvite } from "@/lib/data/organizations/accept-invite";
import { runFormAction, type FormState } from "@/lib/http/form-state";

export async function acceptInviteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let orgId = "";
  const state = await runFormAction(formData, async () => {
    orgId = (await acceptInvite(await requireActor(), { token: String(formData.get("token") ?? "") })).organizationId;
  });
  if (state.status === "error" || !orgId) return state;
  redirect(`/organization/${orgId}`);
}
