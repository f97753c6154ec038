import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { refDistricts, refTalukas } from "@/db/schema";
import { AppError } from "@/lib/errors";

/** A facility's district lies in its organisation's state, and its taluka in that district. */
export async function checkPlace(tx: DbOrTx, stateCode: number, districtCode: number, talukaCode: number | null | undefined): Promise<void> {
  const [d] = await tx
    .select({ code: refDistricts.code })
    .from(refDistricts)
    .where(and(eq(refDistricts.code, districtCode), eq(refDistricts.stateCode, stateCode)));
  if (!d) throw new AppError("invalid_input", "errors.invalid_input", { districtCode: ["organization.errors.districtNotInState"] });
  if (talukaCode != null) {
    const [t] = await tx
      .select({ code: refTalukas.code })
      .from(refTalukas)
      .where(and(eq(refTalukas.code, talukaCode), eq(refTalukas.districtCode, districtCode)));
    if (!t) throw new AppError("invalid_input", "errors.invalid_input", { talukaCode: ["organization.errors.talukaNotInDistrict"] });
  }
}
