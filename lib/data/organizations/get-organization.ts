import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { refDistricts, refStates } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { parseInput } from "@/lib/data/shared/parse";
import { organizationRefSchema } from "@/lib/validation/organizations";
import { organizationInScope, type OrganizationRow } from "./org-scope";

export type OrganizationDetail = Pick<
  OrganizationRow,
  "id" | "name" | "kind" | "status" | "statusNote" | "stateCode" | "districtCode" | "contactEmail" | "contactPhone" | "createdAt"
> & { stateName: string; districtName: string | null; isAdmin: boolean; canPublish: boolean };

/** One organisation for its members (and coordinators); anyone else gets not_found. */
export async function getOrganization(actor: Actor, input: unknown): Promise<OrganizationDetail> {
  const { organizationId } = parseInput(organizationRefSchema, input);
  const db = await getDb();
  const { actor: a, org } = await organizationInScope(db, actor, organizationId, "organization.read");
  const [state] = await db.select({ name: refStates.nameEn }).from(refStates).where(eq(refStates.code, org.stateCode));
  const [district] = org.districtCode ? await db.select({ name: refDistricts.nameEn }).from(refDistricts).where(eq(refDistricts.code, org.districtCode)) : [];
  return {
    id: org.id,
    name: org.name,
    kind: org.kind,
    status: org.status,
    statusNote: org.statusNote,
    stateCode: org.stateCode,
    districtCode: org.districtCode,
    contactEmail: org.contactEmail,
    contactPhone: org.contactPhone,
    createdAt: org.createdAt,
    stateName: state?.name ?? "",
    districtName: district?.name ?? null,
    isAdmin: a.organizationAdminIds.includes(org.id),
    canPublish: org.status === "verified",
  };
}
