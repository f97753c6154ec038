import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notify } from "@/lib/data/notifications/notify";
import { placementFactsColumns, toFacts, volunteerPlacementLink } from "./placement-parties";

export const REMIND_BEFORE_MS = 48 * 3_600_000;

/**
 * One reminder per offer, 48 hours before it lapses (issue #6). reminder_sent_at is set in the same
 * statement that selects the offer, so two instances never both remind; the dedupe key makes a
 * replay harmless too.
 */
export async function remindLapsingOffers(db: Db, now: Date): Promise<number> {
  const horizon = new Date(now.getTime() + REMIND_BEFORE_MS);
  return db.transaction(async (tx) => {
    const facts = toFacts(
      await tx.execute(sql`
        WITH due AS (
          SELECT id FROM placements
          WHERE status = 'offered' AND reminder_sent_at IS NULL
            AND offer_expires_at >= ${now.toISOString()}::timestamptz
            AND offer_expires_at <= ${horizon.toISOString()}::timestamptz
          FOR UPDATE SKIP LOCKED),
        upd AS (
          UPDATE placements p SET reminder_sent_at = ${now.toISOString()}::timestamptz
          FROM due WHERE p.id = due.id AND p.reminder_sent_at IS NULL
          RETURNING p.*)
        SELECT ${placementFactsColumns}
        FROM upd p JOIN needs n ON n.id = p.need_id LEFT JOIN users u ON u.id = p.volunteer_id`),
    );
    for (const p of facts) {
      if (!p.volunteerId) continue;
      await notify(tx, {
        userId: p.volunteerId,
        kind: "offer_lapsing",
        params: { needTitle: p.needTitle, expiresAt: p.offerExpiresAt ?? "", startDate: p.startDate, endDate: p.endDate },
        link: volunteerPlacementLink(p.id),
        dedupeKey: `offer_lapsing:${p.id}`,
      });
    }
    return facts.length;
  });
}
