import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { feedback, needs, organizations, placements, serviceReports, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import type { FeedbackSide } from "@/lib/validation/impact";

export type ImpactPlacementRow = {
  placementId: string;
  needTitle: string;
  organizationName: string;
  volunteerName: string | null;
  startDate: string;
  endDate: string;
  /** null: no report yet (or, for the organisation, only a private draft). */
  reportStatus: "draft" | "submitted" | "confirmed" | null;
  feedbackLeft: boolean;
};

/**
 * Completed placements waiting for (or holding) a report and feedback: the volunteer's own, or
 * those at the actor's organisations' needs. Narrowed in the query, never filtered afterwards.
 */
export async function listImpactPlacements(actor: Actor, side: FeedbackSide): Promise<ImpactPlacementRow[]> {
  authorize(actor, "report.write");
  if (side === "volunteer" && !actor.roles.has("volunteer")) return [];
  if (side === "organization" && actor.organizationIds.length === 0) return [];
  const db = await getDb();
  const scope = side === "volunteer" ? eq(placements.volunteerId, actor.id) : inArray(needs.organizationId, [...actor.organizationIds]);
  const rows = await db
    .select({
      placementId: placements.id,
      needTitle: needs.title,
      organizationName: organizations.name,
      volunteerName: users.name,
      startDate: sql<string>`lower(${placements.period})::text`,
      endDate: sql<string>`upper(${placements.period})::text`,
      reportStatus: serviceReports.status,
      feedbackLeft: sql<boolean>`exists (select 1 from ${feedback} f where f.placement_id = ${placements.id} and f.from_side = ${side})`,
    })
    .from(placements)
    .innerJoin(needs, eq(needs.id, placements.needId))
    .innerJoin(organizations, eq(organizations.id, needs.organizationId))
    .leftJoin(users, eq(users.id, placements.volunteerId))
    .leftJoin(serviceReports, eq(serviceReports.placementId, placements.id))
    .where(and(eq(placements.status, "completed"), scope))
    .orderBy(desc(sql`upper(${placements.period})`), placements.id)
    .limit(200);
  return rows.map((r) => ({
    ...r,
    reportStatus: side === "organization" && r.reportStatus === "draft" ? null : r.reportStatus,
    feedbackLeft: Boolean(r.feedbackLeft),
  }));
}
