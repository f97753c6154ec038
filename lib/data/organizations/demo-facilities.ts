import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { facilities, refDemoFacilities, refDistricts, refTalukas } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import type { Actor } from "@/lib/auth/actor.types";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError } from "@/lib/errors";
import { organizationRefSchema } from "@/lib/validation/organizations";
import { z } from "zod";
import { organizationInScope } from "./org-scope";
import { facilityTypes } from "@/lib/validation/organizations";

/** Co-WIN sample type codes → the platform's facility types (RH is CHC level, UPHC a PHC). */
const typeMap: Record<string, (typeof facilityTypes)[number]> = {
  SC: "sub_centre",
  PHC: "phc",
  UPHC: "phc",
  RH: "chc",
  SDH: "sub_district_hospital",
  DH: "district_hospital",
  GMC: "medical_college",
};
export const demoFacilityType = (code: string) => typeMap[code] ?? "other";

export type DemoFacility = {
  id: number;
  name: string;
  type: (typeof facilityTypes)[number];
  districtName: string;
  block: string | null;
  pincode: string | null;
  added: boolean;
};

/**
 * The demo facility sample offered as a starting point where it matches the organisation's
 * district (DESIGN "Reference data": nothing invents a facility; demo data only).
 */
export async function listDemoFacilities(actor: Actor, input: unknown): Promise<DemoFacility[]> {
  const { organizationId } = parseInput(organizationRefSchema, input);
  const db = await getDb();
  const { org } = await organizationInScope(db, actor, organizationId, "facility.manage");
  if (!org.districtCode) return [];
  const rows = await db
    .select({
      id: refDemoFacilities.id,
      name: refDemoFacilities.name,
      type: refDemoFacilities.type,
      districtName: refDistricts.nameEn,
      block: refDemoFacilities.block,
      pincode: refDemoFacilities.pincode,
      added: sql<boolean>`exists (select 1 from facilities f where f.organization_id = ${org.id} and lower(f.name) = lower(${refDemoFacilities.name}))`,
    })
    .from(refDemoFacilities)
    .innerJoin(refDistricts, eq(refDistricts.code, refDemoFacilities.districtCode))
    .where(eq(refDemoFacilities.districtCode, org.districtCode))
    .orderBy(asc(refDemoFacilities.name))
    .limit(200);
  return rows.map((r) => ({ ...r, type: demoFacilityType(r.type) }));
}

const addDemoSchema = organizationRefSchema.extend({ demoFacilityId: z.coerce.number({ error: "invalid" }).int("invalid").positive("invalid") });

/** Copies one sample facility into the organisation (taluka matched by the sample's block name). */
export async function addDemoFacility(actor: Actor, input: unknown): Promise<{ id: string }> {
  const data = parseInput(addDemoSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { org } = await organizationInScope(tx, actor, data.organizationId, "facility.manage");
    const [demo] = await tx
      .select()
      .from(refDemoFacilities)
      .where(and(eq(refDemoFacilities.id, data.demoFacilityId), eq(refDemoFacilities.districtCode, org.districtCode ?? -1)));
    if (!demo) throw new AppError("not_found");
    const talukaCode = await matchTaluka(tx, demo.districtCode, demo.block);
    const values = {
      organizationId: org.id,
      type: demoFacilityType(demo.type),
      name: demo.name,
      districtCode: demo.districtCode,
      talukaCode,
      address: demo.block ?? "",
      pincode: demo.pincode,
    };
    const [row] = await tx.insert(facilities).values(values).returning({ id: facilities.id });
    await writeAudit(tx, actor, { action: "facility.created", objectType: "facility", objectId: row.id, after: { ...values, fromDemoSample: demo.id } });
    return { id: row.id };
  });
}

/** The sample names blocks as Co-WIN spelt them; an exact (case-insensitive) taluka name match or none. */
async function matchTaluka(tx: DbOrTx, districtCode: number, block: string | null): Promise<number | null> {
  if (!block) return null;
  const [t] = await tx
    .select({ code: refTalukas.code })
    .from(refTalukas)
    .where(and(eq(refTalukas.districtCode, districtCode), sql`lower(${refTalukas.nameEn}) = lower(${block})`))
    .limit(1);
  return t?.code ?? null;
}
