import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { organizations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { peopleAccessForNeed, type PeopleAccess } from "@/lib/auth/policy";
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
