import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { feedback, serviceReports, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { uuid } from "@/lib/validation/common";
import type { FeedbackSide, ReportFigures } from "@/lib/validation/impact";
import { authorizeSide, findImpactPlacement, type ImpactPlacement } from "./placement-scope";

export type ReportDto = ReportFigures & {
  trainingTopics: string;
  materialsLeft: string;
  followUp: string;
  narrative: string;
  status: "draft" | "submitted" | "confirmed";
  corrections: { figures?: Record<string, { reported: number; corrected: number }>; note?: string } | null;
  confirmedAt: string | null;
  updatedAt: string;
};

export type FeedbackDto = { ratings: Record<string, number>; comment: string; createdAt: string };

export type PlacementImpactView = {
  placement: Omit<ImpactPlacement, "volunteerId" | "organizationId"> & { volunteerName: string | null };
  side: FeedbackSide;
  report: ReportDto | null;
  /** Only this side's own feedback: each side rates the other without seeing what it was given. */
  ownFeedback: FeedbackDto | null;
};

/** The report page of one placement, seen from the volunteer's or the organisation's side. */
export async function getPlacementImpact(actor: Actor, input: { placementId: unknown; side: FeedbackSide }): Promise<PlacementImpactView> {
  authorize(actor, "report.read");
  const parsed = uuid.safeParse(input.placementId);
  if (!parsed.success) throw new AppError("not_found");
  const db = await getDb();
  const p = await findImpactPlacement(db, parsed.data);
  authorizeSide(actor, "report.read", input.side, p);
  // Out of scope for this page unless completed: there is nothing to report yet.
  if (p!.status !== "completed") throw new AppError("not_found");
  const [report] = await db.select().from(serviceReports).where(eq(serviceReports.placementId, p!.id));
  const [own] = await db
    .select()
    .from(feedback)
    .where(and(eq(feedback.placementId, p!.id), eq(feedback.fromSide, input.side)));
  const [volunteer] = p!.volunteerId ? await db.select({ name: users.name }).from(users).where(eq(users.id, p!.volunteerId)) : [];
  // The volunteer's draft is private until submitted.
  const visibleReport = report && (input.side === "volunteer" || report.status !== "draft") ? report : null;
  const { volunteerId: _v, organizationId: _o, ...placement } = p!;
  void _v;
  void _o;
  return {
    placement: { ...placement, volunteerName: volunteer?.name ?? null },
    side: input.side,
    report: visibleReport
      ? {
          daysServed: visibleReport.daysServed,
          hours: visibleReport.hours,
          patientsSeen: visibleReport.patientsSeen,
          proceduresOrCamps: visibleReport.proceduresOrCamps,
          staffTrained: visibleReport.staffTrained,
          sessionsTaught: visibleReport.sessionsTaught,
          trainingTopics: visibleReport.trainingTopics,
          materialsLeft: visibleReport.materialsLeft,
          followUp: visibleReport.followUp,
          narrative: visibleReport.narrative,
          status: visibleReport.status,
          corrections: (visibleReport.corrections as ReportDto["corrections"]) ?? null,
          confirmedAt: visibleReport.confirmedAt?.toISOString() ?? null,
          updatedAt: visibleReport.updatedAt.toISOString(),
        }
      : null,
    ownFeedback: own ? { ratings: own.ratings as Record<string, number>, comment: own.comment, createdAt: own.createdAt.toISOString() } : null,
  };
}
