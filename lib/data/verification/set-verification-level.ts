import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { licences, verificationDecisions, volunteerProfiles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { programmeToday } from "@/lib/data/placements/period-rules";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { notify } from "@/lib/data/notifications/notify";
import { levelRefusal } from "@/lib/verification/evidence";
import { endLevelRestingOn } from "./end-level";
import { AppError, mapDbError } from "@/lib/errors";
import { rejectLicenceSchema, setVerificationLevelSchema } from "@/lib/validation/verification";

/**
 * DESIGN rule 3: a level changes only by a coordinator's recorded decision. Levels 2 and 3 name
 * the licence they rest on (issue 11, defect 5): only that licence changes status, it must be valid
 * today and not rejected, and a level 3 must rest on an Indian registration. The level stays valid
 * until that licence's expiry (effectiveLevel) and ends when it is rejected, changed or deleted
 * (end-level.ts). Levels 0–1 rest on no licence. Decision row, profile and audit row commit together.
 */
export async function setVerificationLevel(actor: Actor, input: unknown): Promise<{ level: number; validUntil: string | null }> {
  authorize(actor, "volunteer.verify");
  const data = parseInput(setVerificationLevelSchema, input);
  const db = await getDb();
  const licenceId = data.level >= 2 ? data.licenceId! : null;
  try {
    return await db.transaction(async (tx) => {
      const [profile] = await tx
        .select({
          level: volunteerProfiles.verificationLevel,
          validUntil: volunteerProfiles.verificationValidUntil,
          licenceId: volunteerProfiles.verificationLicenceId,
        })
        .from(volunteerProfiles)
        .where(eq(volunteerProfiles.userId, data.volunteerId))
        .for("update");
      if (!profile) throw new AppError("not_found");
      let validUntil: string | null = null;
      if (licenceId) {
        const [licence] = await tx
          .select({ id: licences.id, status: licences.status, validTo: licences.validTo, countryCode: licences.countryCode })
          .from(licences)
          .where(and(eq(licences.id, licenceId), eq(licences.userId, data.volunteerId)))
          .for("update");
        if (!licence) throw new AppError("invalid_input", "errors.invalid_input", { licenceId: ["invalid"] });
        const refusal = levelRefusal(data.level, licence, programmeToday());
        if (refusal) throw new AppError("rule_violation", `coordinator.verification.${refusal}`);
        validUntil = licence.validTo;
        if (licence.status !== "verified") {
          await tx
            .update(licences)
            .set({ status: "verified", verifiedBy: actor.id, verifiedAt: new Date(), updatedAt: new Date() })
            .where(eq(licences.id, licence.id));
        }
      }
      await tx.insert(verificationDecisions).values({
        volunteerId: data.volunteerId,
        level: data.level,
        validUntil,
        licenceId,
        decidedBy: actor.id,
        note: data.note,
      });
      await tx
        .update(volunteerProfiles)
        .set({ verificationLevel: data.level, verificationValidUntil: validUntil, verificationLicenceId: licenceId, updatedAt: new Date() })
        .where(eq(volunteerProfiles.userId, data.volunteerId));
      await writeAudit(tx, actor, {
        action: "volunteer.verification_set",
        objectType: "volunteer",
        objectId: data.volunteerId,
        before: { level: profile.level, validUntil: profile.validUntil, licenceId: profile.licenceId },
        after: { level: data.level, validUntil, licenceId, note: data.note },
      });
      await notify(tx, {
        userId: data.volunteerId,
        kind: "verification_decided",
        params: { level: data.level },
        link: "/volunteer/licences",
      });
      return { level: data.level, validUntil };
    });
  } catch (e) {
    mapDbError(e);
  }
}

/** A licence that does not check out with its authority is rejected, with the reason on record. */
export async function rejectLicence(actor: Actor, input: unknown): Promise<void> {
  authorize(actor, "volunteer.verify");
  const data = parseInput(rejectLicenceSchema, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [licence] = await tx
      .select({ id: licences.id, userId: licences.userId, status: licences.status })
      .from(licences)
      .where(eq(licences.id, data.licenceId))
      .for("update");
    if (!licence) throw new AppError("not_found");
    // DESIGN rule 3: a level resting on this licence ends with it, in this transaction.
    await endLevelRestingOn(tx, actor, licence.id, "licence_rejected");
    await tx
      .update(licences)
      .set({ status: "rejected", verifiedBy: actor.id, verifiedAt: new Date(), updatedAt: new Date() })
      .where(eq(licences.id, licence.id));
    await writeAudit(tx, actor, {
      action: "licence.rejected",
      objectType: "licence",
      objectId: licence.id,
      before: { status: licence.status },
      after: { status: "rejected", note: data.note, volunteerId: licence.userId },
    });
    await notify(tx, { userId: licence.userId, kind: "licence_rejected", params: { reason: data.note }, link: "/volunteer/licences" });
  });
}
