import "server-only";
import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  availabilityWindows,
  calendarTokens,
  candidatePreferences,
  consents,
  documents,
  interests,
  licences,
  matches,
  notificationPreferences,
  notifications,
  outboundEmails,
  placements,
  rateLimits,
  qualifications,
  sessions,
  users,
  userRoles,
  verificationDecisions,
  volunteerLanguages,
  volunteerPreferredDistricts,
  volunteerProfiles,
  volunteerSpecialties,
  organizationMembers,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { verifyPassword } from "@/lib/auth/password";
import { bumpSessionVersion } from "@/lib/data/accounts/manage-account";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError } from "@/lib/errors";
import { getStorage } from "@/lib/storage";
import { deleteAccountSchema } from "@/lib/validation/volunteers";

/**
 * Deletes the actor's account (DESIGN rule 7; docs/decisions/004-volunteer-overlap-and-deletion.md). Decision: the users row stays as a TOMBSTONE (status
 * "deleted", email/name/password scrubbed) rather than being deleted, because placements.match_id →
 * matches (ON DELETE CASCADE from users) would block or cascade into placements, which must stay in
 * statistics. Everything personal is deleted explicitly; placements keep their row with
 * volunteer_id set to null; matches behind those placements keep only the pseudonymous id, like the
 * audit log (audit_log.actor_id has no FK). Documents' files are removed after the commit.
 */
export async function deleteMyAccount(actor: Actor, input: unknown): Promise<{ filesRemoved: number }> {
  authorize(actor, "account.delete", { ownerId: actor.kind === "user" ? actor.id : null });
  const data = parseInput(deleteAccountSchema, input);
  const db = await getDb();
  const me = actor.id;
  const [user] = await db.select({ hash: users.passwordHash, email: users.email }).from(users).where(eq(users.id, me));
  if (!(await verifyPassword(user?.hash, data.password))) {
    throw new AppError("invalid_input", "errors.invalid_input", { password: ["password_wrong"] });
  }
  const keys = await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT 1 FROM users WHERE id = ${me} FOR UPDATE`);
    const docs = await tx.select({ key: documents.storageKey }).from(documents).where(eq(documents.ownerId, me));
    const kept = await tx.select({ matchId: placements.matchId }).from(placements).where(eq(placements.volunteerId, me));
    await tx.update(placements).set({ volunteerId: null, arrivalDetails: null, updatedAt: new Date() }).where(eq(placements.volunteerId, me));
    const keptMatchIds = kept.map((k) => k.matchId);
    await tx.delete(matches).where(keptMatchIds.length ? and(eq(matches.volunteerId, me), notInArray(matches.id, keptMatchIds)) : eq(matches.volunteerId, me));
    if (keptMatchIds.length) await tx.update(matches).set({ reasons: [], rejectReason: null }).where(inArray(matches.id, keptMatchIds));
    for (const table of [
      licences,
      qualifications,
      volunteerSpecialties,
      volunteerLanguages,
      volunteerPreferredDistricts,
      availabilityWindows,
      consents,
      calendarTokens,
      notifications,
      notificationPreferences,
      userRoles,
    ]) {
      await tx.delete(table).where(eq(table.userId, me));
    }
    await tx.delete(documents).where(eq(documents.ownerId, me));
    await tx.delete(interests).where(eq(interests.volunteerId, me));
    await tx.delete(candidatePreferences).where(eq(candidatePreferences.volunteerId, me));
    await tx.delete(verificationDecisions).where(eq(verificationDecisions.volunteerId, me));
    await tx.delete(organizationMembers).where(eq(organizationMembers.userId, me));
    await tx.delete(volunteerProfiles).where(eq(volunteerProfiles.userId, me));
    if (user?.email) await tx.delete(outboundEmails).where(eq(outboundEmails.toAddress, user.email));
    // Session rows hold IP addresses and user agents: deleting them ends every session too.
    await tx.delete(sessions).where(eq(sessions.userId, me));
    if (user?.email) await tx.delete(rateLimits).where(eq(rateLimits.key, `signin:acct:${user.email}`));
    await bumpSessionVersion(tx, me);
    await tx
      .update(users)
      .set({ email: `deleted-${me}@deleted.invalid`, name: "", passwordHash: null, status: "deleted", deletedAt: new Date(), updatedAt: new Date() })
      .where(eq(users.id, me));
    await writeAudit(tx, actor, {
      action: "account.deleted",
      objectType: "user",
      objectId: me,
      after: { documents: docs.length, placementsKept: kept.length },
    });
    return docs.map((d) => d.key);
  });
  const storage = getStorage();
  let filesRemoved = 0;
  for (const key of keys) {
    await storage.delete(key);
    filesRemoved++;
  }
  return { filesRemoved };
}
