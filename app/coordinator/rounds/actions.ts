"use server";
import { after } from "next/server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/get-actor";
import { startRound } from "@/lib/data/matching/start-round";
import { runnerConfig } from "@/lib/jobs/registry";
import { runDueJobs } from "@/lib/jobs/runner";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";

// Thin: startRound authorises again. The round is a queued job; after the response is sent, this
// instance works the queue once so the coordinator need not wait for the runner's next tick
// (SKIP LOCKED: if another instance claimed it first, this does nothing).
export async function startRoundAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await startRound(await requireActor(), formObject(formData));
    after(async () => {
      try {
        await runDueJobs(await getDb(), runnerConfig());
      } catch (e) {
        console.error("[matching] round kick failed:", e instanceof Error ? e.message : e);
      }
    });
    revalidatePath("/coordinator/rounds");
    return { status: "ok", message: "matching.rounds.started" };
  });
}
