import { z } from "zod";
import { referenceKinds } from "@/lib/vocabulary/domain";

/** GET /api/v1/reference/<kind>?q=: an unknown kind is not a route (404); a long query is cut, not refused. */
export const referenceSearchSchema = z.object({
  kind: z.enum(referenceKinds),
  q: z.preprocess((v) => (typeof v === "string" ? v.slice(0, 100) : ""), z.string()),
});
