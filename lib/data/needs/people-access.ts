import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { organizations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { peopleAccessForNeed, type PeopleAccess } from "@/lib/auth/policy";
import { hasConsent } from "@/lib/data/volunteers/consent-state";
import type { NeedRow } from "./need-scope";

/**
 * The one gate every list that shows volunteers to an organisation goes through (candidates,
 * shortlist, interests, ranking): DESIGN rule 7 via the pure policy predicate, with the
 * organisation's status read now, so a pending organisation sees counts, never people.
 */
export async function peopleAccess(tx: DbOrTx, actor: Actor, need: NeedRow): Promise<PeopleAccess> {
  const [org] = await tx.select({ status: organizations.status }).from(organizations).where(eq(organizations.id, need.organizationId));
  return peopleAccessForNeed(actor, { organizationId: need.organizationId, status: need.status, organizationVerified: org?.status === "verified" });
}

/** Whether one volunteer may be shown (or acted on) under this access: people allowed and, for organisations, sharing consented. */
export async function maySeeVolunteer(tx: DbOrTx, access: PeopleAccess, volunteerId: string): Promise<boolean> {
  return access.people && (!access.sharedOnly || (await hasConsent(tx, volunteerId, "profile_sharing")));
}
