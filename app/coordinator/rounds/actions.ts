"use server";
import { after } from "next/server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/get-actor";
import { startRound } from "@/lib/data/matching/start-round";
import { workQueueOnce } from "@/lib/jobs/work-queue-once";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";

// Thin: startRound authorises again. The round is a queued job; once the response is sent, this
// instance works the queue so the coordinator need not wait for the runner's next tick.
export async function startRoundAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await startRound(await requireActor(), formObject(formData));
    after(() => workQueueOnce("matching"));
    revalidatePath("/coordinator/rounds");
    return { status: "ok", message: "matching.rounds.started" };
  });
}
