import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { needs, organizationMembers, organizations, placements, users, volunteerProfiles } from "@/db/schema";
import { rangeToPeriod } from "./period-rules";

export type PlacementContext = {
  id: string;
  matchId: string;
  needId: string;
  volunteerId: string | null;
  status: (typeof placements.$inferSelect)["status"];
  period: string;
  firstDay: string;
  lastDay: string;
  offerExpiresAt: Date | null;
  statusReason: string | null;
  arrivalDetails: string | null;
  needTitle: string;
  organizationId: string;
  organizationName: string;
  volunteerName: string;
};

/** One placement with what its decisions need to know; `lock` takes the row FOR UPDATE. */
export async function loadPlacement(tx: DbOrTx, placementId: string, lock = false): Promise<PlacementContext | null> {
  const q = tx
    .select({
      id: placements.id,
      matchId: placements.matchId,
      needId: placements.needId,
      volunteerId: placements.volunteerId,
      status: placements.status,
      period: placements.period,
      offerExpiresAt: placements.offerExpiresAt,
      statusReason: placements.statusReason,
      arrivalDetails: placements.arrivalDetails,
      needTitle: needs.title,
      organizationId: needs.organizationId,
      organizationName: organizations.name,
      userName: users.name,
      fullName: volunteerProfiles.fullName,
    })
    .from(placements)
    .innerJoin(needs, eq(needs.id, placements.needId))
    .innerJoin(organizations, eq(organizations.id, needs.organizationId))
    .leftJoin(users, eq(users.id, placements.volunteerId))
    .leftJoin(volunteerProfiles, eq(volunteerProfiles.userId, placements.volunteerId))
    .where(eq(placements.id, placementId));
  const [row] = lock ? await q.for("update", { of: placements }) : await q;
  if (!row) return null;
  const { userName, fullName, ...rest } = row;
  return { ...rest, ...rangeToPeriod(row.period), volunteerName: fullName ?? userName ?? "" };
}

/** Members of the organisation that posted the need: they are told when the volunteer answers. */
export async function organizationMemberIds(tx: DbOrTx, organizationId: string): Promise<string[]> {
  const rows = await tx.select({ userId: organizationMembers.userId }).from(organizationMembers).where(eq(organizationMembers.organizationId, organizationId));
  return rows.map((r) => r.userId);
}

/** Statuses a placement can still leave by cancellation or withdrawal (before completion). */
export const liveStatuses = ["offered", "scheduled", "active"] as const;
export function isLive(status: string): boolean {
  return (liveStatuses as readonly string[]).includes(status);
}
