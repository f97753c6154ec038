"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/get-actor";
import { engineExplainer } from "@/lib/data/matching/explain-pair";
import { proposeMatch } from "@/lib/data/matches/propose-match";
import { setFlash } from "@/lib/http/flash";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";

// Thin: proposeMatch authorises; the engine (not the request) supplies score and reasons.
export async function proposeFromShortlistAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    const { matchId } = await proposeMatch(await requireActor(), formObject(formData), engineExplainer);
    revalidatePath(`/coordinator/shortlist/${String(formData.get("needId"))}`);
    await setFlash("matching.shortlist.proposedOk");
    return { status: "ok", message: "matching.shortlist.proposedOk", data: { matchId } };
  });
}
