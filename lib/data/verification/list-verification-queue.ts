import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { licences, refProfessions, users, volunteerProfiles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { parseInput } from "@/lib/data/shared/parse";
import { verificationQueueSchema } from "@/lib/validation/verification";

export const VERIFICATION_PAGE_SIZE = 25;

export type VerificationQueueRow = {
  volunteerId: string;
  name: string;
  profession: string | null;
  /** Beside the English label, so the page names it in the reader's language (lib/i18n/reference-names). */
  professionCode: string | null;
  level: number;
  validUntil: string | null;
  pendingLicences: number;
  waitingSince: Date | null;
  /** The level's validity ends within 30 days (or has ended): time to see the renewed licence. */
  expiringSoon: boolean;
};

/**
 * Volunteers waiting for a decision: unverified licences (oldest first), then levels whose licence
 * lapses within 30 days. Coordinators only (DESIGN rule 3).
 */
export async function listVerificationQueue(actor: Actor, input: unknown): Promise<{ rows: VerificationQueueRow[]; total: number; page: number }> {
  authorize(actor, "volunteer.verify");
  const { page } = parseInput(verificationQueueSchema, input);
  const db = await getDb();
  const pending = sql<number>`(select count(*)::int from ${licences} l where l.user_id = ${volunteerProfiles.userId} and l.status = 'unverified')`;
  const waitingSince = sql<Date | null>`(select min(l.created_at) from ${licences} l where l.user_id = ${volunteerProfiles.userId} and l.status = 'unverified')`;
  const expiring = sql<boolean>`(${volunteerProfiles.verificationLevel} > 0 and ${volunteerProfiles.verificationValidUntil} is not null and ${volunteerProfiles.verificationValidUntil} < current_date + 30)`;
  const where = sql`(${pending} > 0 or ${expiring})`;
  const rows = await db
    .select({
      volunteerId: volunteerProfiles.userId,
      name: volunteerProfiles.fullName,
      profession: refProfessions.label,
      professionCode: refProfessions.code,
      level: volunteerProfiles.verificationLevel,
      validUntil: volunteerProfiles.verificationValidUntil,
      pendingLicences: pending,
      waitingSince,
      expiringSoon: expiring,
    })
    .from(volunteerProfiles)
    .innerJoin(users, eq(users.id, volunteerProfiles.userId))
    .leftJoin(refProfessions, eq(refProfessions.code, volunteerProfiles.professionCode))
    .where(sql`${users.status} = 'active' and ${where}`)
    .orderBy(desc(sql`${pending} > 0`), sql`${waitingSince} asc nulls last`, volunteerProfiles.verificationValidUntil, volunteerProfiles.userId)
    .limit(VERIFICATION_PAGE_SIZE)
    .offset((page - 1) * VERIFICATION_PAGE_SIZE);
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(volunteerProfiles)
    .innerJoin(users, eq(users.id, volunteerProfiles.userId))
    .where(sql`${users.status} = 'active' and ${where}`);
  return { rows: rows.map((r) => ({ ...r, waitingSince: r.waitingSince ? new Date(r.waitingSince) : null })), total, page };
}
