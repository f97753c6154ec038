import "server-only";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { candidatePreferences, interests, matchRounds, matches, needs, organizations, placements, refDistricts, users, volunteerProfiles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { parseInput } from "@/lib/data/shared/parse";
import { matchQueueSchema } from "@/lib/validation/coordination";

export const MATCH_QUEUE_PAGE_SIZE = 25;

export type MatchReason = { key: string; points: number; text: string };
export type MatchQueueRow = {
  id: string;
  source: "round" | "interest" | "organization" | "coordinator";
  status: "proposed" | "approved" | "rejected" | "superseded";
  score: number;
  reasons: MatchReason[];
  createdAt: Date;
  roundId: string | null;
  need: {
    id: string;
    title: string;
    type: string;
    specialtyCode: string | null;
    districtName: string | null;
    organizationName: string;
    window: string;
    slots: number;
  };
  volunteer: { id: string; name: string; level: number; validUntil: string | null };
  /** The volunteer's own rank of this need among their interests (1 = first choice). */
  volunteerRank: number | null;
  /** The organisation's rank of this volunteer for the need. */
  organizationRank: number | null;
  placementStatus: string | null;
  /** The verification level this proposal or offer relied on has ended (DESIGN rule 3, end-level.ts). */
  evidenceLapsedAt: Date | null;
};

/** The coordinator's match queue: proposals from every source, filterable (issue #6). */
export async function listMatchQueue(actor: Actor, input: unknown): Promise<{ rows: MatchQueueRow[]; total: number; page: number }> {
  authorize(actor, "match.approve");
  const f = parseInput(matchQueueSchema, input);
  const db = await getDb();
  const conds: SQL[] = [eq(matches.status, f.status)];
  if (f.district !== undefined) conds.push(eq(needs.districtCode, f.district));
  if (f.type) conds.push(eq(needs.type, f.type));
  if (f.specialty) conds.push(eq(needs.specialtyCode, f.specialty));
  if (f.round) conds.push(eq(matches.roundId, f.round));
  if (f.source) conds.push(eq(matches.source, f.source));
  if (f.olderThanDays !== undefined) conds.push(sql`${matches.createdAt} <= now() - make_interval(days => ${f.olderThanDays}::int)`);
  const where = and(...conds);
  const rows = await db
    .select({
      id: matches.id,
      source: matches.source,
      status: matches.status,
      score: matches.score,
      reasons: matches.reasons,
      createdAt: matches.createdAt,
      roundId: matches.roundId,
      needId: needs.id,
      needTitle: needs.title,
      needType: needs.type,
      specialtyCode: needs.specialtyCode,
      window: needs.window,
      slots: needs.slots,
      districtName: refDistricts.nameEn,
      organizationName: organizations.name,
      volunteerId: users.id,
      userName: users.name,
      fullName: volunteerProfiles.fullName,
      level: volunteerProfiles.verificationLevel,
      validUntil: volunteerProfiles.verificationValidUntil,
      volunteerRank: interests.rank,
      organizationRank: candidatePreferences.rank,
      placementStatus: placements.status,
      evidenceLapsedAt: matches.evidenceLapsedAt,
    })
    .from(matches)
    .innerJoin(needs, eq(needs.id, matches.needId))
    .innerJoin(organizations, eq(organizations.id, needs.organizationId))
    .innerJoin(users, eq(users.id, matches.volunteerId))
    .leftJoin(volunteerProfiles, eq(volunteerProfiles.userId, matches.volunteerId))
    .leftJoin(refDistricts, eq(refDistricts.code, needs.districtCode))
    .leftJoin(interests, and(eq(interests.needId, matches.needId), eq(interests.volunteerId, matches.volunteerId)))
    .leftJoin(candidatePreferences, and(eq(candidatePreferences.needId, matches.needId), eq(candidatePreferences.volunteerId, matches.volunteerId)))
    .leftJoin(placements, eq(placements.matchId, matches.id))
    .where(where)
    // Flagged rows first: a level they relied on ended, and the coordinator has to act on them.
    .orderBy(sql`${matches.evidenceLapsedAt} IS NULL`, desc(matches.score), matches.createdAt, matches.id)
    .limit(MATCH_QUEUE_PAGE_SIZE)
    .offset((f.page - 1) * MATCH_QUEUE_PAGE_SIZE);
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(matches)
    .innerJoin(needs, eq(needs.id, matches.needId))
    .where(where);
  return {
    page: f.page,
    total,
    rows: rows.map((r) => ({
      id: r.id,
      source: r.source,
      status: r.status,
      score: r.score,
      reasons: Array.isArray(r.reasons) ? (r.reasons as MatchReason[]) : [],
      createdAt: r.createdAt,
      roundId: r.roundId,
      need: {
        id: r.needId,
        title: r.needTitle,
        type: r.needType,
        specialtyCode: r.specialtyCode,
        districtName: r.districtName,
        organizationName: r.organizationName,
        window: r.window,
        slots: r.slots,
      },
      volunteer: { id: r.volunteerId, name: r.fullName ?? r.userName, level: r.level ?? 0, validUntil: r.validUntil ?? null },
      volunteerRank: r.volunteerRank,
      organizationRank: r.organizationRank,
      placementStatus: r.placementStatus,
      evidenceLapsedAt: r.evidenceLapsedAt,
    })),
  };
}

/** Rounds that still have open proposals, for the filter and the bulk-approve buttons. */
export async function listRoundsWithProposals(actor: Actor): Promise<{ id: string; kind: string; createdAt: Date; proposed: number }[]> {
  authorize(actor, "match.approve");
  const db = await getDb();
  return db
    .select({ id: matchRounds.id, kind: matchRounds.kind, createdAt: matchRounds.createdAt, proposed: sql<number>`count(${matches.id})::int` })
    .from(matchRounds)
    .innerJoin(matches, and(eq(matches.roundId, matchRounds.id), eq(matches.status, "proposed")))
    .groupBy(matchRounds.id)
    .orderBy(desc(matchRounds.createdAt))
    .limit(20);
}
