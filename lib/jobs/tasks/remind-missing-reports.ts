import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notify } from "@/lib/data/notifications/notify";
import { addDays, todayUtc } from "@/lib/validation/calendar-dates";
import { placementFactsColumns, toFacts, volunteerPlacementLink } from "./placement-parties";

/** Days after a placement ends before a volunteer without a filed report is reminded (issue 7). */
export const REPORT_REMINDER_DAYS = 7;

/**
 * The report is asked for on completion (advance-placements: report_due); this reminds the
 * volunteer once, a week later, when nothing has been submitted. The dedupe key makes every later
 * run, on any instance, a no-op for that placement.
 */
export async function remindMissingReports(db: Db, now: Date): Promise<number> {
  const cutoff = addDays(todayUtc(now), -REPORT_REMINDER_DAYS);
  return db.transaction(async (tx) => {
    const due = toFacts(
      await tx.execute(sql`
        SELECT ${placementFactsColumns}
        FROM placements p JOIN needs n ON n.id = p.need_id LEFT JOIN users u ON u.id = p.volunteer_id
        WHERE p.status = 'completed' AND p.volunteer_id IS NOT NULL AND upper(p.period) <= ${cutoff}::date
          AND NOT EXISTS (SELECT 1 FROM service_reports r WHERE r.placement_id = p.id AND r.status <> 'draft')
          AND NOT EXISTS (SELECT 1 FROM notifications x WHERE x.dedupe_key = 'report_reminder:' || p.id::text)
        LIMIT 500`),
    );
    let sent = 0;
    for (const p of due) {
      const ok = await notify(tx, {
        userId: p.volunteerId!,
        kind: "report_due",
        params: { needTitle: p.needTitle, volunteerName: p.volunteerName ?? "", startDate: p.startDate, endDate: p.endDate },
        link: volunteerPlacementLink(p.id),
        dedupeKey: `report_reminder:${p.id}`,
      });
      if (ok) sent++;
    }
    return sent;
  });
}
