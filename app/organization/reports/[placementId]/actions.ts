"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/get-actor";
import { confirmServiceReport } from "@/lib/data/impact/confirm-service-report";
import { leaveFeedback } from "@/lib/data/impact/leave-feedback";
import { setFlash } from "@/lib/http/flash";
import { formObject, runFormAction, type FormState } from "@/lib/http/form-state";
import { feedbackInputFromForm } from "@/lib/validation/impact";

export async function confirmReportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    const res = await confirmServiceReport(await requireActor(), formObject(formData));
    revalidatePath(`/organization/reports/${res.placementId}`);
    await setFlash("impact.reports.confirmed");
    return { status: "ok", message: "impact.reports.confirmed" };
  });
}

export async function organizationFeedbackAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await leaveFeedback(await requireActor(), feedbackInputFromForm({ ...formObject(formData), side: "organization" }));
    revalidatePath(`/organization/reports/${String(formData.get("placementId"))}`);
    return { status: "ok", message: "impact.reports.feedbackSent" };
  });
}
