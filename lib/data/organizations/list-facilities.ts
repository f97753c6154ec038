import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { facilities, refDistricts, refTalukas } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { parseInput } from "@/lib/data/shared/parse";
import { organizationRefSchema } from "@/lib/validation/organizations";
import { organizationInScope } from "./org-scope";

export type FacilityRow = {
  id: string;
  type: (typeof facilities.$inferSelect)["type"];
  name: string;
  districtCode: number;
  districtName: string;
  talukaCode: number | null;
  talukaName: string | null;
  address: string;
  pincode: string | null;
  needs: number;
};

/** An organisation's facilities, for its members (and coordinators). */
export async function listFacilities(actor: Actor, input: unknown): Promise<FacilityRow[]> {
  const { organizationId } = parseInput(organizationRefSchema, input);
  const db = await getDb();
  await organizationInScope(db, actor, organizationId, "organization.read");
  return db
    .select({
      id: facilities.id,
      type: facilities.type,
      name: facilities.name,
      districtCode: facilities.districtCode,
      districtName: refDistricts.nameEn,
      talukaCode: facilities.talukaCode,
      talukaName: refTalukas.nameEn,
      address: facilities.address,
      pincode: facilities.pincode,
      needs: sql<number>`(select count(*)::int from needs n where n.facility_id = ${facilities.id})`,
    })
    .from(facilities)
    .innerJoin(refDistricts, eq(refDistricts.code, facilities.districtCode))
    .leftJoin(refTalukas, eq(refTalukas.code, facilities.talukaCode))
    .where(eq(facilities.organizationId, organizationId))
    .orderBy(asc(facilities.name), asc(facilities.id));
}
