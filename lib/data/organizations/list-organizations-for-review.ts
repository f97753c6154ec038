import "server-only";
import { asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organizations, refDistricts, refStates } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { parseInput } from "@/lib/data/shared/parse";
import { listOrganizationsForReviewSchema } from "@/lib/validation/organizations";

export const REVIEW_PAGE_SIZE = 25;

export type OrganizationForReview = {
  id: string;
  name: string;
  kind: (typeof organizations.$inferSelect)["kind"];
  status: (typeof organizations.$inferSelect)["status"];
  statusNote: string | null;
  stateName: string;
  districtName: string | null;
  contactEmail: string;
  contactPhone: string | null;
  createdAt: Date;
  members: number;
};

/** Coordinators' list of organisations to verify (pending first by default, oldest first). */
export async function listOrganizationsForReview(actor: Actor, input: unknown): Promise<{ rows: OrganizationForReview[]; total: number; page: number }> {
  authorize(actor, "organization.verify");
  const { status, page } = parseInput(listOrganizationsForReviewSchema, input ?? {});
  const db = await getDb();
  const where = status === "all" ? undefined : eq(organizations.status, status);
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      kind: organizations.kind,
      status: organizations.status,
      statusNote: organizations.statusNote,
      stateName: refStates.nameEn,
      districtName: refDistricts.nameEn,
      contactEmail: organizations.contactEmail,
      contactPhone: organizations.contactPhone,
      createdAt: organizations.createdAt,
      members: sql<number>`(select count(*)::int from organization_members m where m.organization_id = ${organizations.id})`,
    })
    .from(organizations)
    .innerJoin(refStates, eq(refStates.code, organizations.stateCode))
    .leftJoin(refDistricts, eq(refDistricts.code, organizations.districtCode))
    .where(where)
    .orderBy(status === "pending" ? asc(organizations.createdAt) : desc(organizations.createdAt), asc(organizations.id))
    .limit(REVIEW_PAGE_SIZE)
    .offset((page - 1) * REVIEW_PAGE_SIZE);
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(organizations)
    .where(where);
  return { rows, total, page };
}
