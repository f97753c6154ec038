"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/get-actor";
import { approveMatch } from "@/lib/data/matches/approve-match";
import { bulkApproveRound } from "@/lib/data/matches/bulk-approve-round";
import { proposeMatch } from "@/lib/data/matches/propose-match";
import { rejectMatch } from "@/lib/data/matches/reject-match";
import { cancelPlacement } from "@/lib/data/placements/end-placement";
import { setFlash } from "@/lib/http/flash";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";

// Thin: every use case authorises again (an exported action is a public POST endpoint).
export async function approveMatchAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await approveMatch(await requireActor(), formObject(formData));
    revalidatePath("/coordinator/matches");
    // The decision forms leave the page once the match is decided: the outcome is announced there.
    redirect(`/coordinator/matches/${String(formData.get("matchId"))}?done=approved`);
  });
}

export async function rejectMatchAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await rejectMatch(await requireActor(), formObject(formData));
    revalidatePath("/coordinator/matches");
    redirect(`/coordinator/matches/${String(formData.get("matchId"))}?done=rejected`);
  });
}

export async function bulkApproveAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    const results = await bulkApproveRound(await requireActor(), formObject(formData));
    revalidatePath("/coordinator/matches");
    return {
      status: "ok",
      message: "coordinator.matches.bulkDone",
      data: { approved: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length },
    };
  });
}

export async function proposeMatchAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    const { matchId } = await proposeMatch(await requireActor(), formObject(formData));
    revalidatePath("/coordinator/matches");
    await setFlash("coordinator.matches.proposed");
    return { status: "ok", message: "coordinator.matches.proposed", data: { matchId } };
  });
}

export async function cancelPlacementAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await cancelPlacement(await requireActor(), formObject(formData));
    revalidatePath("/coordinator/matches");
    return { status: "ok", message: "placements.cancelled" };
  });
}
