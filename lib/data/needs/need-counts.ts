import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/**
 * Per-need counts for the workspace. "Filled" is derived, never stored (issue 4): the live
 * placements (offered, scheduled, active) reach the slots.
 */
export function needCounts(needId: AnyColumn | SQL, slots: AnyColumn | SQL) {
  return {
    interested: sql<number>`(select count(*)::int from interests i where i.need_id = ${needId} and i.status <> 'withdrawn')`,
    proposed: sql<number>`(select count(*)::int from matches m where m.need_id = ${needId} and m.status = 'proposed')`,
    offered: sql<number>`(select count(*)::int from placements p where p.need_id = ${needId} and p.status = 'offered')`,
    placed: sql<number>`(select count(*)::int from placements p where p.need_id = ${needId} and p.status in ('scheduled', 'active', 'completed'))`,
    filled: sql<boolean>`((select count(*) from placements p where p.need_id = ${needId} and p.status in ('offered', 'scheduled', 'active')) >= ${slots})`,
  };
}
