import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { facilities, needs, organizations, placements, refDistricts } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { rangeToPeriod } from "./period-rules";

export type MyPlacement = {
  id: string;
  status: string;
  firstDay: string;
  lastDay: string;
  offerExpiresAt: Date | null;
  statusReason: string | null;
  arrivalDetails: string | null;
  need: { id: string; title: string; type: string; remote: boolean; organizationName: string; facilityName: string | null; districtName: string | null };
};

/** The volunteer's offers and placements, newest first (own only; DESIGN rule 7). */
export async function listMyPlacements(actor: Actor): Promise<MyPlacement[]> {
  authorize(actor, "offer.respond", { ownerId: actor.kind === "user" ? actor.id : null });
  const db = await getDb();
  const rows = await db
    .select({
      id: placements.id,
      status: placements.status,
      period: placements.period,
      offerExpiresAt: placements.offerExpiresAt,
      statusReason: placements.statusReason,
      arrivalDetails: placements.arrivalDetails,
      needId: needs.id,
      title: needs.title,
      type: needs.type,
      remote: needs.remote,
      organizationName: organizations.name,
      facilityName: facilities.name,
      districtName: refDistricts.nameEn,
    })
    .from(placements)
    .innerJoin(needs, eq(needs.id, placements.needId))
    .innerJoin(organizations, eq(organizations.id, needs.organizationId))
    .leftJoin(facilities, eq(facilities.id, needs.facilityId))
    .leftJoin(refDistricts, eq(refDistricts.code, needs.districtCode))
    .where(eq(placements.volunteerId, actor.id))
    .orderBy(desc(placements.createdAt))
    .limit(200);
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    ...rangeToPeriod(r.period),
    offerExpiresAt: r.offerExpiresAt,
    statusReason: r.statusReason,
    arrivalDetails: r.arrivalDetails,
    need: {
      id: r.needId,
      title: r.title,
      type: r.type,
      remote: r.remote,
      organizationName: r.organizationName,
      facilityName: r.facilityName,
      districtName: r.districtName,
    },
  }));
}
