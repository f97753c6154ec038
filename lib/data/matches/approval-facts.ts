import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { availabilityWindows, consents, licences, matches, needs, organizations, users, volunteerProfiles } from "@/db/schema";
import { parseDateRange, programmeToday, type PeriodFacts } from "@/lib/data/placements/period-rules";
import { readPlacementSettings } from "@/lib/data/placements/placement-settings";

export type ApprovalFacts = {
  match: { id: string; needId: string; volunteerId: string; status: string; roundId: string | null; score: number };
  need: { id: string; title: string; status: string; organizationId: string; organizationName: string; remote: boolean };
  volunteer: { name: string; active: boolean; matchingConsent: boolean };
  period: PeriodFacts;
  replyDays: number;
};

/**
 * Everything approving a match depends on. With `lock`, the match row and then the need row are
 * locked FOR UPDATE (always in that order, so two approvals cannot deadlock): a second approval of
 * the same match waits and then sees it decided; approvals for one need queue behind each other.
 * DESIGN rule 2: the locks make the checks honest, the constraint and trigger still have the last word.
 */
export async function loadApprovalFacts(tx: DbOrTx, matchId: string, lock: boolean): Promise<ApprovalFacts | null> {
  const mq = tx
    .select({
      id: matches.id,
      needId: matches.needId,
      volunteerId: matches.volunteerId,
      status: matches.status,
      roundId: matches.roundId,
      score: matches.score,
    })
    .from(matches)
    .where(eq(matches.id, matchId));
  const [match] = lock ? await mq.for("update") : await mq;
  if (!match) return null;

  const nq = tx
    .select({
      id: needs.id,
      title: needs.title,
      status: needs.status,
      organizationId: needs.organizationId,
      remote: needs.remote,
      window: needs.window,
      minDays: needs.minDays,
      maxDays: needs.maxDays,
      minLevel: needs.minCredentialLevel,
    })
    .from(needs)
    .where(eq(needs.id, match.needId));
  const [need] = lock ? await nq.for("update") : await nq;
  const [org] = await tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, need.organizationId));

  const [vol] = await tx
    .select({
      name: users.name,
      status: users.status,
      fullName: volunteerProfiles.fullName,
      level: volunteerProfiles.verificationLevel,
      validUntil: volunteerProfiles.verificationValidUntil,
      validFrom: licences.validFrom,
    })
    .from(users)
    .leftJoin(volunteerProfiles, eq(volunteerProfiles.userId, users.id))
    .leftJoin(licences, eq(licences.id, volunteerProfiles.verificationLicenceId))
    .where(eq(users.id, match.volunteerId));
  const [consent] = await tx
    .select({ granted: consents.granted })
    .from(consents)
    .where(and(eq(consents.userId, match.volunteerId), eq(consents.purpose, "matching")))
    .orderBy(desc(consents.at))
    .limit(1);
  const windows = await tx
    .select({ period: availabilityWindows.period })
    .from(availabilityWindows)
    .where(
      and(
        eq(availabilityWindows.userId, match.volunteerId),
        eq(availabilityWindows.mode, need.remote ? "remote" : "in_person"),
        sql`NOT isempty(${availabilityWindows.period})`,
      ),
    );
  const { replyDays, capDays } = await readPlacementSettings(tx);

  return {
    match,
    need: { id: need.id, title: need.title, status: need.status, organizationId: need.organizationId, organizationName: org?.name ?? "", remote: need.remote },
    volunteer: { name: vol?.fullName ?? vol?.name ?? "", active: vol?.status === "active", matchingConsent: consent?.granted === true },
    period: {
      today: programmeToday(),
      needWindow: parseDateRange(need.window),
      minDays: need.minDays,
      maxDays: need.maxDays,
      capDays,
      availability: windows.map((w) => parseDateRange(w.period)),
      minLevel: need.minLevel,
      level: vol?.level ?? 0,
      validUntil: vol?.validUntil ?? null,
      validFrom: vol?.validFrom ?? null,
    },
    replyDays,
  };
}
