"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/get-actor";
import { createNeed } from "@/lib/data/needs/create-need";
import { updateNeed } from "@/lib/data/needs/update-need";
import { duplicateNeed } from "@/lib/data/needs/duplicate-need";
import { publishNeed } from "@/lib/data/needs/publish-need";
import { closeNeed } from "@/lib/data/needs/close-need";
import { answerInterest } from "@/lib/data/needs/answer-interest";
import { rankCandidate } from "@/lib/data/needs/rank-candidate";
import { setFlash } from "@/lib/http/flash";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";

const needArrays = ["requiredLanguages", "preferredLanguages"];
const needPath = (formData: FormData, needId?: string) =>
  `/organization/${String(formData.get("organizationId") ?? "")}/needs/${needId ?? String(formData.get("needId") ?? "")}`;

export async function createNeedAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let id = "";
  const state = await runFormAction(formData, async () => {
    id = (await createNeed(await requireActor(), formObject(formData, needArrays))).id;
  });
  if (state.status === "error" || !id) return state;
  redirect(needPath(formData, id));
}

export async function updateNeedAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, async () => {
    await updateNeed(await requireActor(), formObject(formData, needArrays));
  });
  if (state.status === "error") return state;
  redirect(needPath(formData));
}

export async function duplicateNeedAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let id = "";
  const state = await runFormAction(formData, async () => {
    id = (await duplicateNeed(await requireActor(), formObject(formData))).id;
  });
  if (state.status === "error" || !id) return state;
  redirect(`${needPath(formData, id)}/edit`);
}

async function onNeedPage(formData: FormData, state: FormState, message: string): Promise<FormState> {
  if (state.status === "error") return state;
  revalidatePath(needPath(formData));
  return { status: "ok", message };
}

export async function publishNeedAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, async () => publishNeed(await requireActor(), formObject(formData)));
  if (state.status !== "error") await setFlash("organization.need.published");
  return onNeedPage(formData, state, "organization.need.published");
}

export async function closeNeedAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, async () => closeNeed(await requireActor(), formObject(formData)));
  return onNeedPage(formData, state, "organization.needForm.saved");
}

export async function answerInterestAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, async () => answerInterest(await requireActor(), formObject(formData)));
  return onNeedPage(formData, state, "organization.need.answered");
}

export async function rankCandidateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, async () => rankCandidate(await requireActor(), formObject(formData)));
  return onNeedPage(formData, state, "organization.need.ranked");
}
