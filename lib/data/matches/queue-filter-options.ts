import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { needTypeEnum, refDistricts, refSpecialties } from "@/db/schema";

/** Reference lists for the queue's filters (public reference data, no personal data). */
export async function queueFilterOptions(stateCode = 27) {
  const db = await getDb();
  const districts = await db
    .select({ code: refDistricts.code, name: refDistricts.nameEn })
    .from(refDistricts)
    .where(eq(refDistricts.stateCode, stateCode))
    .orderBy(asc(refDistricts.nameEn));
  const specialties = await db.select({ code: refSpecialties.code, name: refSpecialties.name }).from(refSpecialties).orderBy(asc(refSpecialties.name));
  return { districts, specialties, types: needTypeEnum.enumValues };
}
