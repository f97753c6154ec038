import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { disclosures, needs, placements, refProfessions, users, volunteerProfiles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { uuid } from "@/lib/validation/common";
import { rangeToPeriod } from "./period-rules";
import { loadPlacement } from "./placement-context";

export type OrgPlacementRow = {
  id: string;
  status: string;
  firstDay: string;
  lastDay: string;
  offerExpiresAt: Date | null;
  needId: string;
  needTitle: string;
  volunteerName: string;
  profession: string | null;
  /** Beside the English label, so pages name it in the reader's language (lib/i18n/reference-names). */
  professionCode: string | null;
  arrivalDetails: string | null;
};

/** Placements at the actor's organisations' needs; professional profile only, never contact details. */
export async function listOrganizationPlacements(actor: Actor): Promise<OrgPlacementRow[]> {
  authorize(actor, "placement.confirm");
  if (actor.organizationIds.length === 0) return [];
  const db = await getDb();
  const rows = await db
    .select({
      id: placements.id,
      status: placements.status,
      period: placements.period,
      offerExpiresAt: placements.offerExpiresAt,
      needId: needs.id,
      needTitle: needs.title,
      userName: users.name,
      fullName: volunteerProfiles.fullName,
      profession: refProfessions.label,
      professionCode: refProfessions.code,
      arrivalDetails: placements.arrivalDetails,
    })
    .from(placements)
    .innerJoin(needs, eq(needs.id, placements.needId))
    .leftJoin(users, eq(users.id, placements.volunteerId))
    .leftJoin(volunteerProfiles, eq(volunteerProfiles.userId, placements.volunteerId))
    .leftJoin(refProfessions, eq(refProfessions.code, volunteerProfiles.professionCode))
    .where(inArray(needs.organizationId, [...actor.organizationIds]))
    .orderBy(desc(placements.createdAt))
    .limit(500);
  return rows.map(({ period, userName, fullName, ...r }) => ({ ...r, ...rangeToPeriod(period), volunteerName: fullName ?? userName ?? "" }));
}

/** From "scheduled" on, the organisation may reach the volunteer (DESIGN rule 7). */
const disclosedFrom = ["scheduled", "active", "completed"];

export type OrgPlacementDetail = OrgPlacementRow & {
  statusReason: string | null;
  contact: { email: string; phone: string | null } | null;
};

/**
 * One placement for a member of the need's organisation. Contact details only once the offer was
 * accepted, only for this need; each time they are shown a disclosure row records who saw them.
 */
export async function getOrganizationPlacement(actor: Actor, placementId: string): Promise<OrgPlacementDetail> {
  if (actor.kind !== "user") throw new AppError("unauthenticated");
  if (!uuid.safeParse(placementId).success) throw new AppError("not_found");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const p = await loadPlacement(tx, placementId);
    if (!p) throw new AppError("not_found");
    authorize(actor, "placement.confirm", { organizationId: p.organizationId });
    const [v] = p.volunteerId
      ? await tx
          .select({
            email: users.email,
            status: users.status,
            phone: volunteerProfiles.phone,
            profession: refProfessions.label,
            professionCode: refProfessions.code,
          })
          .from(users)
          .leftJoin(volunteerProfiles, eq(volunteerProfiles.userId, users.id))
          .leftJoin(refProfessions, eq(refProfessions.code, volunteerProfiles.professionCode))
          .where(eq(users.id, p.volunteerId))
      : [];
    let contact: OrgPlacementDetail["contact"] = null;
    if (v && v.status !== "deleted" && disclosedFrom.includes(p.status) && (await canReadContact(actor, p.organizationId))) {
      contact = { email: v.email, phone: v.phone ?? null };
      await tx.insert(disclosures).values({ placementId: p.id, viewerId: actor.id, what: "contact" });
    }
    return {
      id: p.id,
      status: p.status,
      firstDay: p.firstDay,
      lastDay: p.lastDay,
      offerExpiresAt: p.offerExpiresAt,
      needId: p.needId,
      needTitle: p.needTitle,
      volunteerName: p.volunteerName,
      profession: v?.profession ?? null,
      professionCode: v?.professionCode ?? null,
      arrivalDetails: p.arrivalDetails,
      statusReason: p.statusReason,
      contact,
    };
  });
}

async function canReadContact(actor: Actor, organizationId: string): Promise<boolean> {
  try {
    authorize(actor, "volunteer.contact.read", { organizationId });
    return true;
  } catch {
    return false;
  }
}
