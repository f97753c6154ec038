import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notify } from "@/lib/data/notifications/notify";
import { writeAudit } from "@/lib/data/shared/audit";
import { organizationMemberIds, organizationPlacementLink, placementFactsColumns, toFacts, volunteerPlacementLink } from "./placement-parties";

const BATCH = 200;

/**
 * Offers nobody answered in time lapse by themselves (issue #6): status "expired", which frees the
 * need's slot (the slot trigger counts only offered/scheduled/active rows), both sides are told and
 * an audit row records it. Safe on several instances at once: SKIP LOCKED splits the rows, and the
 * status check in the UPDATE means a row is expired by exactly one transaction.
 */
export async function expireLapsedOffers(db: Db, now: Date): Promise<number> {
  let total = 0;
  for (;;) {
    const changed = await db.transaction(async (tx) => {
      const facts = toFacts(
        await tx.execute(sql`
          WITH lapsed AS (
            SELECT id FROM placements
            WHERE status = 'offered' AND offer_expires_at < ${now.toISOString()}::timestamptz
            ORDER BY offer_expires_at LIMIT ${BATCH}
            FOR UPDATE SKIP LOCKED),
          upd AS (
            UPDATE placements p SET status = 'expired', status_reason = 'offer_lapsed', updated_at = ${now.toISOString()}::timestamptz
            FROM lapsed WHERE p.id = lapsed.id AND p.status = 'offered'
            RETURNING p.*)
          SELECT ${placementFactsColumns}
          FROM upd p JOIN needs n ON n.id = p.need_id LEFT JOIN users u ON u.id = p.volunteer_id`),
      );
      for (const p of facts) {
        await writeAudit(
          tx,
          { id: null },
          {
            action: "placement.expired",
            objectType: "placement",
            objectId: p.id,
            before: { status: "offered", offerExpiresAt: p.offerExpiresAt },
            after: { status: "expired", reason: "offer_lapsed" },
          },
        );
        const params = { needTitle: p.needTitle, volunteerName: p.volunteerName ?? "", startDate: p.startDate, endDate: p.endDate };
        const recipients = [
          ...(p.volunteerId ? [{ userId: p.volunteerId, link: volunteerPlacementLink(p.id) }] : []),
          ...(await organizationMemberIds(tx, p.needId)).map((userId) => ({ userId, link: organizationPlacementLink(p.id) })),
        ];
        for (const { userId, link } of recipients) {
          await notify(tx, { userId, kind: "offer_expired", params, link, dedupeKey: `offer_expired:${p.id}:${userId}` });
        }
      }
      return facts.length;
    });
    total += changed;
    if (changed < BATCH) return total;
  }
}
