"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/get-actor";
import { moveInterest, withdrawInterest } from "@/lib/data/volunteers/interests";

export async function moveInterestAction(formData: FormData): Promise<void> {
  await moveInterest(await requireActor(), { interestId: formData.get("interestId"), direction: formData.get("direction") });
  revalidatePath("/volunteer/interests");
}

export async function withdrawInterestAction(formData: FormData): Promise<void> {
  await withdrawInterest(await requireActor(), { interestId: formData.get("interestId") });
  revalidatePath("/volunteer/interests");
  revalidatePath("/volunteer/needs");
}
