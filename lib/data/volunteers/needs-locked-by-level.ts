import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { needs, volunteerProfiles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { todayUtc } from "@/lib/validation/calendar-dates";

export type LockedNeeds = { myLevel: number; byLevel: { level: number; count: number }[]; total: number };

/**
 * Open needs that ask for a higher verification level than the volunteer holds (DESIGN rule 3),
 * counted per level: "Needs for me" says what verification would open up (issue 18). A count of
 * public needs only; whether each would then fit is for the page of each need to say.
 */
export async function countNeedsLockedByLevel(actor: Actor, now = new Date()): Promise<LockedNeeds> {
  authorize(actor, "interest.manage", { ownerId: actor.kind === "user" ? actor.id : null });
  const db = await getDb();
  const [p] = await db.select({ level: volunteerProfiles.verificationLevel }).from(volunteerProfiles).where(eq(volunteerProfiles.userId, actor.id));
  const myLevel = p?.level ?? 0;
  const rows = await db
    .select({ level: needs.minCredentialLevel, count: sql<number>`count(*)::int` })
    .from(needs)
    .where(and(eq(needs.status, "open"), gt(needs.minCredentialLevel, myLevel), sql`upper(${needs.window}) > ${todayUtc(now)}::date`))
    .groupBy(needs.minCredentialLevel)
    .orderBy(needs.minCredentialLevel);
  const byLevel = rows.map((r) => ({ level: Number(r.level), count: Number(r.count) }));
  return { myLevel, byLevel, total: byLevel.reduce((a, b) => a + b.count, 0) };
}
