import { z } from "zod";
import { email, uuid } from "./common";

// Matching inputs (issue 5). Messages are keys under errors.field.*.
const pageNumber = z.preprocess((v) => (v === "" || v == null ? undefined : v), z.coerce.number().int().min(1).max(10_000).optional().default(1));

/** One page of a need's shortlist. */
export const shortlistSchema = z.object({ needId: uuid, page: pageNumber });

import { roundKinds } from "@/lib/vocabulary/domain";

export { roundKinds };
export const startRoundSchema = z.object({ kind: z.enum(roundKinds, { error: "invalid" }) });

export const roundRefSchema = z.object({ roundId: uuid });

/** "Why is this volunteer not on the shortlist?": one volunteer, by the email they signed up with. */
export const checkVolunteerSchema = z.object({ needId: uuid, email });
