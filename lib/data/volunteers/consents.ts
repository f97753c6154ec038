import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { matches } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { consentChangeSchema, NOTICE_VERSION } from "@/lib/validation/volunteers";
import { appendConsents, currentConsents, type ConsentState } from "./consent-state";
import { lockProfile } from "./profile-row";

export async function getMyConsents(actor: Actor): Promise<ConsentState> {
  authorize(actor, "volunteer.profile.read", { ownerId: actor.kind === "user" ? actor.id : null });
  return currentConsents(await getDb(), actor.id);
}

/**
 * One click grants or withdraws one purpose: a new append-only row under the current notice.
 * Withdrawing matching stops the related processing at once: the volunteer's open proposals are
 * superseded (no coordinator can approve them), and shortlists/rounds skip them (consentGrantedSql).
 */
export async function changeConsent(actor: Actor, input: unknown): Promise<void> {
  authorize(actor, "volunteer.profile.edit", { ownerId: actor.kind === "user" ? actor.id : null });
  const data = parseInput(consentChangeSchema, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lockProfile(tx, actor);
    const before = await currentConsents(tx, actor.id);
    if (before[data.purpose].granted === data.granted) return;
    await appendConsents(tx, actor.id, { [data.purpose]: data.granted });
    let superseded = 0;
    if (data.purpose === "matching" && !data.granted) {
      const rows = await tx
        .update(matches)
        .set({ status: "superseded", decidedAt: new Date(), rejectReason: "consent_withdrawn" })
        .where(and(eq(matches.volunteerId, actor.id), eq(matches.status, "proposed")))
        .returning({ id: matches.id });
      superseded = rows.length;
    }
    await writeAudit(tx, actor, {
      action: data.granted ? "consent.granted" : "consent.withdrawn",
      objectType: "user",
      objectId: actor.id,
      after: { purpose: data.purpose, noticeVersion: NOTICE_VERSION, supersededProposals: superseded },
    });
  });
}
