import "server-only";
import type { DbOrTx } from "@/db/client";
import { loadVolunteerFactsMany } from "@/lib/data/matching/facts";
import type { VolunteerFacts } from "@/lib/matching/types";

/**
 * The matching engine's view of one volunteer (lib/matching/types.ts), loaded from the database by
 * the same loader as shortlists and rounds, so a volunteer's own page and a coordinator's list can
 * never score them differently. Null when the volunteer has no profile yet. Unchecked: callers authorise first.
 */
export async function loadVolunteerFacts(db: DbOrTx, userId: string): Promise<VolunteerFacts | null> {
  return (await loadVolunteerFactsMany(db, [userId])).get(userId) ?? null;
}
