import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organizations, organizationMembers, refDistricts } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";

export type MyOrganization = {
  id: string;
  name: string;
  kind: (typeof organizations.$inferSelect)["kind"];
  status: (typeof organizations.$inferSelect)["status"];
  statusNote: string | null;
  districtName: string | null;
  isAdmin: boolean;
};

/** The organisations the actor belongs to (a user may belong to several and switch between them). */
export async function listMyOrganizations(actor: Actor): Promise<MyOrganization[]> {
  authorize(actor, "organization.read");
  const db = await getDb();
  return db
    .select({
      id: organizations.id,
      name: organizations.name,
      kind: organizations.kind,
      status: organizations.status,
      statusNote: organizations.statusNote,
      districtName: refDistricts.nameEn,
      isAdmin: organizationMembers.isAdmin,
    })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .leftJoin(refDistricts, eq(refDistricts.code, organizations.districtCode))
    .where(eq(organizationMembers.userId, actor.id))
    .orderBy(asc(organizations.name));
}
