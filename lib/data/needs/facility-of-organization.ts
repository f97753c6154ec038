import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { facilities } from "@/db/schema";
import { AppError } from "@/lib/errors";

/** A facility of this organisation; another organisation's facility answers not_found. */
export async function facilityOfOrganization(tx: DbOrTx, organizationId: string, facilityId: string) {
  const [f] = await tx
    .select({ id: facilities.id, districtCode: facilities.districtCode })
    .from(facilities)
    .where(and(eq(facilities.id, facilityId), eq(facilities.organizationId, organizationId)));
  if (!f) throw new AppError("not_found");
  return f;
}
