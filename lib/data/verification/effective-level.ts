import { sql, type SQL } from "drizzle-orm";
import { volunteerProfiles } from "@/db/schema";

/**
 * DESIGN rule 3 in SQL: a verification level counts only while the licence it rests on is valid on
 * `onDay` (default: today). Shortlists and rounds use this, so an expired level stops eligibility by
 * itself, without a job rewriting rows. Pure twin: effectiveLevel() in lib/data/placements/period-rules.
 */
export function effectiveLevelSql(onDay: SQL | string = sql`current_date`): SQL<number> {
  const day = typeof onDay === "string" ? sql`${onDay}::date` : onDay;
  return sql<number>`(CASE WHEN ${volunteerProfiles.verificationValidUntil} IS NULL OR ${volunteerProfiles.verificationValidUntil} >= ${day} THEN ${volunteerProfiles.verificationLevel} ELSE 0 END)`;
}
