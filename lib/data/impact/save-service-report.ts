import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { serviceReports } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/data/shared/audit";
import { parseInput } from "@/lib/data/shared/parse";
import { AppError, mapDbError } from "@/lib/errors";
import { checkAlways, daysWithinPlacement, serviceReportSchema } from "@/lib/validation/impact";
import { authorizeSide, findImpactPlacement, placementLengthForSide, requireCompleted } from "./placement-scope";

export type SavedReport = { placementId: string; status: "draft" | "submitted" };

/**
 * The volunteer files (or edits) the service report for their completed placement. Editable until
 * the organisation confirms it; after that the confirmed figures are the record.
 */
export async function saveServiceReport(actor: Actor, input: unknown): Promise<SavedReport> {
  authorize(actor, "report.write"); // who may write at all, before the input is looked at
  const db = await getDb();
  const maxDays = await placementLengthForSide(db, actor, "report.write", "volunteer", input);
  const data = parseInput(serviceReportSchema.superRefine(daysWithinPlacement(maxDays), checkAlways), input);
  try {
    return await db.transaction(async (tx) => {
      const p = await findImpactPlacement(tx, data.placementId, true);
      authorizeSide(actor, "report.write", "volunteer", p);
      requireCompleted(p!);
      // Days served cannot exceed the placement's own length (DESIGN rule 1: time-limited).
      if (data.daysServed > p!.lengthDays) {
        throw new AppError("invalid_input", "errors.invalid_input", { daysServed: ["impact.errors.daysOverPlacement"] }, { max: p!.lengthDays });
      }
      const [existing] = await tx.select({ status: serviceReports.status }).from(serviceReports).where(eq(serviceReports.placementId, p!.id)).for("update");
      if (existing?.status === "confirmed") throw new AppError("rule_violation", "impact.errors.reportConfirmed");
      const status = data.intent === "submit" ? ("submitted" as const) : ("draft" as const);
      // A submitted report stays submitted: saving a draft must not take it back from the organisation.
      const nextStatus = existing?.status === "submitted" ? "submitted" : status;
      const values = {
        daysServed: data.daysServed,
        hours: data.hours,
        patientsSeen: data.patientsSeen,
        proceduresOrCamps: data.proceduresOrCamps,
        staffTrained: data.staffTrained,
        trainingTopics: data.trainingTopics,
        sessionsTaught: data.sessionsTaught,
        materialsLeft: data.materialsLeft,
        followUp: data.followUp,
        narrative: data.narrative,
        status: nextStatus,
        updatedAt: new Date(),
      };
      if (existing) await tx.update(serviceReports).set(values).where(eq(serviceReports.placementId, p!.id));
      else await tx.insert(serviceReports).values({ placementId: p!.id, ...values });
      if (nextStatus === "submitted") {
        await writeAudit(tx, actor, {
          action: existing?.status === "submitted" ? "report.edited" : "report.submitted",
          objectType: "placement",
          objectId: p!.id,
          after: { daysServed: data.daysServed, hours: data.hours },
        });
      }
      return { placementId: p!.id, status: nextStatus };
    });
  } catch (e) {
    mapDbError(e);
  }
}
