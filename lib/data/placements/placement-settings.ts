import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { settings } from "@/db/schema";
import { getPlatformSettings } from "@/lib/data/settings/get-platform-settings";

/** How many days a volunteer has to answer an offer (admin setting; 7 by default, issue #6). */
export const OFFER_REPLY_DAYS = "offers.replyDays";
export const DEFAULT_REPLY_DAYS = 7;

function positiveInt(v: unknown): number | null {
  const n = typeof v === "number" ? v : typeof v === "string" ? Number(v) : NaN;
  return Number.isInteger(n) && n > 0 && n <= 90 ? n : null;
}

/** Offer reply window and the platform cap on a placement's length (DESIGN rule 1). */
export async function readPlacementSettings(tx: DbOrTx): Promise<{ replyDays: number; capDays: number }> {
  const [row] = await tx.select().from(settings).where(eq(settings.key, OFFER_REPLY_DAYS));
  const { capDays } = await getPlatformSettings(tx);
  return { replyDays: positiveInt(row?.value) ?? DEFAULT_REPLY_DAYS, capDays };
}
