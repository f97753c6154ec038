import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { serviceReports } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/data/shared/audit";
import { parseInput } from "@/lib/data/shared/parse";
import { AppError, mapDbError } from "@/lib/errors";
import { checkAlways, confirmReportSchema, daysWithinPlacement, figureKeys, type ReportFigures } from "@/lib/validation/impact";
import { authorizeSide, findImpactPlacement, placementLengthForSide, requireCompleted } from "./placement-scope";

/** { field: { reported, corrected } } for each figure the organisation changed. */
export type Corrections = Partial<Record<keyof ReportFigures, { reported: number; corrected: number }>>;

/**
 * A member of the need's organisation confirms the volunteer's figures, correcting any that are
 * wrong. The corrected figures become the record; what the volunteer reported is kept beside them
 * and the decision is audited (DESIGN rule 6).
 */
export async function confirmServiceReport(actor: Actor, input: unknown): Promise<{ placementId: string; corrections: Corrections }> {
  authorize(actor, "report.write");
  const db = await getDb();
  const maxDays = await placementLengthForSide(db, actor, "report.write", "organization", input);
  const data = parseInput(confirmReportSchema.superRefine(daysWithinPlacement(maxDays), checkAlways), input);
  try {
    return await db.transaction(async (tx) => {
      const p = await findImpactPlacement(tx, data.placementId, true);
      authorizeSide(actor, "report.write", "organization", p);
      requireCompleted(p!);
      const [report] = await tx.select().from(serviceReports).where(eq(serviceReports.placementId, p!.id)).for("update");
      // A draft is still the volunteer's private work: there is nothing to confirm yet.
      if (!report || report.status === "draft") throw new AppError("rule_violation", "impact.errors.reportNotSubmitted");
      if (report.status === "confirmed") throw new AppError("rule_violation", "impact.errors.reportConfirmed");
      if (data.daysServed > p!.lengthDays) {
        throw new AppError("invalid_input", "errors.invalid_input", { daysServed: ["impact.errors.daysOverPlacement"] }, { max: p!.lengthDays });
      }
      const corrections: Corrections = {};
      for (const k of figureKeys) {
        if (report[k] !== data[k]) corrections[k] = { reported: report[k], corrected: data[k] };
      }
      const corrected = Object.keys(corrections).length > 0;
      const now = new Date();
      await tx
        .update(serviceReports)
        .set({
          ...Object.fromEntries(figureKeys.map((k) => [k, data[k]])),
          status: "confirmed",
          corrections: corrected || data.note ? { figures: corrections, note: data.note } : null,
          confirmedBy: actor.id,
          confirmedAt: now,
          updatedAt: now,
        })
        .where(eq(serviceReports.placementId, p!.id));
      await writeAudit(tx, actor, {
        action: corrected ? "report.corrected_and_confirmed" : "report.confirmed",
        objectType: "placement",
        objectId: p!.id,
        before: Object.fromEntries(figureKeys.map((k) => [k, report[k]])),
        after: Object.fromEntries(figureKeys.map((k) => [k, data[k]])),
      });
      return { placementId: p!.id, corrections };
    });
  } catch (e) {
    mapDbError(e);
  }
}
