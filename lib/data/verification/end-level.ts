import "server-only";
import { and, eq, gte, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { matches, verificationDecisions, volunteerProfiles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { writeAudit } from "@/lib/data/shared/audit";
import { notify } from "@/lib/data/notifications/notify";

export type EvidenceEndCause = "licence_rejected" | "licence_changed" | "licence_deleted";

/**
 * DESIGN rule 3 (ADR 009): a level 2–3 ends the moment the licence it rests on is rejected,
 * changed or deleted — here, inside the caller's transaction, before the licence is written
 * (the licences_guard_level_evidence trigger refuses the write otherwise). The level falls to 0,
 * as an expired one does: what the coordinator vouched for no longer stands, and only a new
 * decision restores it. The end is a decision row (so the history shows it), an audit row and a
 * notification; the volunteer's open proposals and offers that needed a level are flagged for
 * the coordinator's queue. Returns whether a level ended.
 */
export async function endLevelRestingOn(tx: DbOrTx, actor: Actor, licenceId: string, cause: EvidenceEndCause): Promise<boolean> {
  const [profile] = await tx
    .select({ userId: volunteerProfiles.userId, level: volunteerProfiles.verificationLevel, validUntil: volunteerProfiles.verificationValidUntil })
    .from(volunteerProfiles)
    .where(and(eq(volunteerProfiles.verificationLicenceId, licenceId), gte(volunteerProfiles.verificationLevel, 2)))
    .for("update");
  if (!profile) return false;
  const by = actor.kind === "user" ? actor.id : profile.userId;
  // The profile write refreshes matching_candidates and need_scores through the 0006/0010 triggers,
  // so the volunteer leaves every need that required the level in this same transaction.
  await tx
    .update(volunteerProfiles)
    .set({ verificationLevel: 0, verificationValidUntil: null, verificationLicenceId: null, updatedAt: new Date() })
    .where(eq(volunteerProfiles.userId, profile.userId));
  await tx
    .insert(verificationDecisions)
    .values({ volunteerId: profile.userId, level: 0, validUntil: null, licenceId, decidedBy: by, note: `evidence_ended:${cause}` });
  const flagged = await tx
    .update(matches)
    .set({ evidenceLapsedAt: new Date() })
    .where(
      sql`${matches.volunteerId} = ${profile.userId} AND ${matches.evidenceLapsedAt} IS NULL
      AND EXISTS (SELECT 1 FROM needs n WHERE n.id = ${matches.needId} AND n.min_credential_level > 0)
      AND (${matches.status} = 'proposed'
        OR (${matches.status} = 'approved' AND EXISTS (SELECT 1 FROM placements p WHERE p.match_id = ${matches.id} AND p.status IN ('offered', 'scheduled'))))`,
    )
    .returning({ id: matches.id });
  await writeAudit(tx, actor, {
    action: "volunteer.level_ended",
    objectType: "volunteer",
    objectId: profile.userId,
    before: { level: profile.level, validUntil: profile.validUntil, licenceId },
    after: { level: 0, cause, flaggedMatches: flagged.map((m) => m.id) },
  });
  await notify(tx, { userId: profile.userId, kind: "verification_ended", params: { level: profile.level, cause }, link: "/volunteer/licences" });
  return true;
}
