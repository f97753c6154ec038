"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/get-actor";
import { grantRole, revokeRole, setAccountStatus } from "@/lib/data/accounts/manage-account";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";

async function done(state: FormState): Promise<FormState> {
  if (state.status !== "error") revalidatePath("/admin/users");
  return state.status === "error" ? state : { status: "ok", message: "admin.done" };
}

export async function grantRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return done(await runFormAction(formData, async () => grantRole(await requireActor(), formObject(formData))));
}

export async function revokeRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return done(await runFormAction(formData, async () => revokeRole(await requireActor(), formObject(formData))));
}

export async function setStatusAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return done(
    await runFormAction(formData, async () =>
      setAccountStatus(await requireActor(), {
        userId: String(formData.get("userId") ?? ""),
        status: formData.get("status") === "active" ? "active" : "deactivated",
      }),
    ),
  );
}
