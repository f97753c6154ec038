import "server-only";
import type { DbOrTx } from "@/db/client";
import { volunteerProfiles } from "@/db/schema";
import { writeAudit } from "@/lib/data/shared/audit";
import type { SignUpInput } from "@/lib/validation/auth";
import { NOTICE_VERSION } from "@/lib/validation/volunteers";
import { appendConsents } from "./consent-state";

/**
 * The volunteer part of sign-up, inside the sign-up transaction: the profile row (with the adults-only
 * evidence) and one consent row per purpose, granted or not, under the current notice version.
 */
export async function recordVolunteerSignUp(tx: DbOrTx, userId: string, data: SignUpInput): Promise<void> {
  await tx.insert(volunteerProfiles).values({
    userId,
    fullName: data.name,
    dateOfBirth: data.dateOfBirth ?? null,
    adultDeclared: data.adultDeclared || Boolean(data.dateOfBirth),
  });
  const grants = { matching: data.consentMatching, profile_sharing: data.consentProfileSharing, contact_future: data.consentContactFuture };
  await appendConsents(tx, userId, grants);
  await writeAudit(
    tx,
    { id: userId },
    { action: "consent.recorded", objectType: "user", objectId: userId, after: { ...grants, noticeVersion: NOTICE_VERSION } },
  );
}
