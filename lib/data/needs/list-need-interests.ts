import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interests } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { parseInput } from "@/lib/data/shared/parse";
import { needRefSchema } from "@/lib/validation/needs";
import { consentGrantedSql } from "@/lib/data/volunteers/consent-state";
import { needInScope } from "./need-scope";
import { peopleAccess } from "./people-access";
import { professionalProfiles, type ProfessionalProfile } from "./professional-profiles";

/** Organisations answer an interest within this many days; the deadline is shown to them. */
export const INTEREST_REPLY_DAYS = 7;

export type NeedInterest = {
  id: string;
  status: (typeof interests.$inferSelect)["status"];
  note: string;
  reason: string | null;
  createdAt: Date;
  replyBy: Date;
  overdue: boolean;
  profile: ProfessionalProfile | null;
};

/** Interests volunteers expressed in one of the organisation's needs, oldest first (DESIGN rule 7 applies). */
export async function listNeedInterests(actor: Actor, input: unknown): Promise<NeedInterest[]> {
  const { needId } = parseInput(needRefSchema, input);
  const db = await getDb();
  const { need } = await needInScope(db, actor, needId, "interest.answer");
  // DESIGN rule 7: people only for a verified organisation's published need, and only volunteers
  // who currently share their profile; a withdrawal hides their interest at once.
  const access = await peopleAccess(db, actor, need);
  if (!access.people) return [];
  const rows = await db
    .select({
      id: interests.id,
      volunteerId: interests.volunteerId,
      status: interests.status,
      note: interests.note,
      reason: interests.reason,
      createdAt: interests.createdAt,
    })
    .from(interests)
    .where(
      and(
        eq(interests.needId, need.id),
        ne(interests.status, "withdrawn"),
        access.sharedOnly ? consentGrantedSql(interests.volunteerId, "profile_sharing") : undefined,
      ),
    )
    .orderBy(asc(interests.createdAt), asc(interests.id));
  const profiles = await professionalProfiles(
    db,
    rows.map((r) => r.volunteerId),
  );
  const now = Date.now();
  return rows.map(({ volunteerId, ...r }) => {
    const replyBy = new Date(r.createdAt.getTime() + INTEREST_REPLY_DAYS * 86_400_000);
    return { ...r, replyBy, overdue: r.status === "sent" && replyBy.getTime() < now, profile: profiles.get(volunteerId) ?? null };
  });
}
