"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/get-actor";
import { leaveFeedback } from "@/lib/data/impact/leave-feedback";
import { saveServiceReport } from "@/lib/data/impact/save-service-report";
import { formObject, formValues, runFormAction, type FormState } from "@/lib/http/form-state";
import { feedbackInputFromForm } from "@/lib/validation/impact";

export async function saveReportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    const saved = await saveServiceReport(await requireActor(), formObject(formData));
    revalidatePath(`/volunteer/reports/${saved.placementId}`);
    return { status: "ok", message: saved.status === "submitted" ? "impact.reports.submitted" : "impact.reports.saved", values: formValues(formData) };
  });
}

export async function volunteerFeedbackAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await leaveFeedback(await requireActor(), feedbackInputFromForm({ ...formObject(formData), side: "volunteer" }));
    revalidatePath(`/volunteer/reports/${String(formData.get("placementId"))}`);
    return { status: "ok", message: "impact.reports.feedbackSent" };
  });
}
