"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/get-actor";
import { createCalendarToken, revokeCalendarToken } from "@/lib/data/calendar/calendar-tokens";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";

/** The new feed URL travels back once, in this response; only its hash is kept. */
export async function createCalendarTokenAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    const { url } = await createCalendarToken(await requireActor());
    revalidatePath("/account/calendar");
    return { status: "ok", message: "notifications.calendar.createdOnce", data: { url } };
  });
}

/** The revoked row leaves the list, so the confirmation is carried by the URL to the page itself. */
export async function revokeCalendarTokenAction(formData: FormData): Promise<void> {
  await revokeCalendarToken(await requireActor(), formObject(formData));
  revalidatePath("/account/calendar");
  redirect("/account/calendar?revoked=1");
}
