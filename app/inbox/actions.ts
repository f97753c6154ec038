"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/get-actor";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/data/notifications/inbox";

export async function markReadAction(formData: FormData): Promise<void> {
  await markNotificationRead(await requireActor(), { id: formData.get("id") });
  revalidatePath("/inbox");
}

/** Opening a notification marks it read, then follows its (same-site) link. */
export async function openNotificationAction(formData: FormData): Promise<void> {
  const { link } = await markNotificationRead(await requireActor(), { id: formData.get("id") });
  revalidatePath("/inbox");
  redirect(link ?? "/inbox");
}

export async function markAllReadAction(): Promise<void> {
  await markAllNotificationsRead(await requireActor());
  revalidatePath("/inbox");
}
