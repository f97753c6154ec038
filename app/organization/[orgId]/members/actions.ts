"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/get-actor";
import { createInvite } from "@/lib/data/organizations/create-invite";
import { removeMember } from "@/lib/data/organizations/remove-member";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";

/** The link is built from this request's host, so it works on whichever address the admin uses. */
async function origin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

export async function createInviteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let link = "";
  const state = await runFormAction(formData, async () => {
    const { token } = await createInvite(await requireActor(), formObject(formData));
    link = `${await origin()}/organization/invites/${token}`;
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
