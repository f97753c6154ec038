import { sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { notify } from "@/lib/data/notifications/notify";
import { writeAudit } from "@/lib/data/shared/audit";
import { addDays, todayUtc } from "@/lib/validation/calendar-dates";
import {
  organizationMemberIds,
  organizationPlacementLink,
  placementFactsColumns,
  toFacts,
  volunteerPlacementLink,
  type PlacementFacts,
} from "./placement-parties";

export const STARTING_SOON_DAYS = 7;

export type AdvanceResult = { started: number; completed: number; startingSoon: number };

/** Both sides of a placement, each with the page where they read it. */
async function partiesOf(tx: Tx, p: PlacementFacts): Promise<{ userId: string; link: string }[]> {
  return [
    ...(p.volunteerId ? [{ userId: p.volunteerId, link: volunteerPlacementLink(p.id) }] : []),
    ...(await organizationMemberIds(tx, p.needId)).map((userId) => ({ userId, link: organizationPlacementLink(p.id) })),
  ];
}

const paramsOf = (p: PlacementFacts) => ({
  needTitle: p.needTitle,
  volunteerName: p.volunteerName ?? "",
  startDate: p.startDate,
  endDate: p.endDate,
});

/**
 * Moves placements along their dates (issue #6): scheduled → active on the first day, active →
 * completed once the last day is over (the range's exclusive upper bound has arrived), telling both
 * sides a report is due; and announces placements starting within 7 days. Each change is a
 * conditional UPDATE, so running it on several instances, or twice, changes each row once.
 */
export async function advancePlacements(db: Db, now: Date): Promise<AdvanceResult> {
  const today = todayUtc(now);
  const at = now.toISOString();
  return db.transaction(async (tx) => {
    const started = toFacts(
      await tx.execute(sql`
        WITH upd AS (
          UPDATE placements SET status = 'active', updated_at = ${at}::timestamptz
          WHERE id IN (SELECT id FROM placements WHERE status = 'scheduled' AND lower(period) <= ${today}::date FOR UPDATE SKIP LOCKED)
            AND status = 'scheduled'
          RETURNING *)
        SELECT ${placementFactsColumns} FROM upd p JOIN needs n ON n.id = p.need_id LEFT JOIN users u ON u.id = p.volunteer_id`),
    );
    for (const p of started) {
      await writeAudit(
        tx,
        { id: null },
        { action: "placement.started", objectType: "placement", objectId: p.id, before: { status: "scheduled" }, after: { status: "active" } },
      );
    }

    const completed = toFacts(
      await tx.execute(sql`
        WITH upd AS (
          UPDATE placements SET status = 'completed', updated_at = ${at}::timestamptz
          WHERE id IN (SELECT id FROM placements WHERE status = 'active' AND upper(period) <= ${today}::date FOR UPDATE SKIP LOCKED)
            AND status = 'active'
          RETURNING *)
        SELECT ${placementFactsColumns} FROM upd p JOIN needs n ON n.id = p.need_id LEFT JOIN users u ON u.id = p.volunteer_id`),
    );
    for (const p of completed) {
      await writeAudit(
        tx,
        { id: null },
        { action: "placement.completed", objectType: "placement", objectId: p.id, before: { status: "active" }, after: { status: "completed" } },
      );
      for (const { userId, link } of await partiesOf(tx, p)) {
        await notify(tx, { userId, kind: "report_due", params: paramsOf(p), link, dedupeKey: `report_due:${p.id}:${userId}` });
      }
    }

    // Starting soon: only rows not yet announced to their volunteer, so a run every minute stays cheap.
    const soon = toFacts(
      await tx.execute(sql`
        SELECT ${placementFactsColumns}
        FROM placements p JOIN needs n ON n.id = p.need_id LEFT JOIN users u ON u.id = p.volunteer_id
        WHERE p.status = 'scheduled'
          AND lower(p.period) > ${today}::date AND lower(p.period) <= ${addDays(today, STARTING_SOON_DAYS)}::date
          AND NOT EXISTS (SELECT 1 FROM notifications x WHERE x.dedupe_key = 'placement_starting:' || p.id::text)`),
    );
    for (const p of soon) {
      // The volunteer's key doubles as the "already announced" marker checked above.
      if (p.volunteerId) {
        await notify(tx, {
          userId: p.volunteerId,
          kind: "placement_starting",
          params: paramsOf(p),
          link: volunteerPlacementLink(p.id),
          dedupeKey: `placement_starting:${p.id}`,
        });
      }
      for (const userId of await organizationMemberIds(tx, p.needId)) {
        await notify(tx, {
          userId,
          kind: "placement_starting",
          params: paramsOf(p),
          link: organizationPlacementLink(p.id),
          dedupeKey: `placement_starting:${p.id}:${userId}`,
        });
      }
    }
    return { started: started.length, completed: completed.length, startingSoon: soon.length };
  });
}
