import "server-only";
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { needs, organizations, placements } from "@/db/schema";
import type { Actor, SignedInActor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import type { Permission } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import type { FeedbackSide } from "@/lib/validation/impact";

/** What the impact use cases need to know about a placement, and whose it is. */
export type ImpactPlacement = {
  id: string;
  needId: string;
  volunteerId: string | null;
  organizationId: string;
  organizationName: string;
  needTitle: string;
  status: string;
  startDate: string;
  /** Exclusive end (half-open daterange). */
  endDate: string;
  lengthDays: number;
};

export async function findImpactPlacement(tx: DbOrTx, placementId: string, lock = false): Promise<ImpactPlacement | null> {
  const q = tx
    .select({
      id: placements.id,
      needId: placements.needId,
      volunteerId: placements.volunteerId,
      organizationId: needs.organizationId,
      organizationName: organizations.name,
      needTitle: needs.title,
      status: placements.status,
      startDate: sql<string>`lower(${placements.period})::text`,
      endDate: sql<string>`upper(${placements.period})::text`,
      lengthDays: sql<number>`(upper(${placements.period}) - lower(${placements.period}))::int`,
    })
    .from(placements)
    .innerJoin(needs, eq(needs.id, placements.needId))
    .innerJoin(organizations, eq(organizations.id, needs.organizationId))
    .where(eq(placements.id, placementId));
  const [row] = lock ? await q.for("update", { of: placements }) : await q;
  return row ?? null;
}

/**
 * DESIGN "Who may do what": only the placement's volunteer (volunteer side) and members of the
 * need's organisation (organisation side) report and rate it; anyone else gets not_found, so a
 * placement id reveals nothing.
 */
export function authorizeSide(actor: Actor, permission: Permission, side: FeedbackSide, p: ImpactPlacement | null): asserts actor is SignedInActor {
  // A missing placement answers exactly like someone else's: unauthenticated or not_found.
  if (!p) authorize(actor, permission, { ownerId: null, organizationId: null });
  if (!p) throw new AppError("not_found");
  authorize(actor, permission, side === "volunteer" ? { ownerId: p.volunteerId } : { organizationId: p.organizationId });
}

/** Reports and feedback describe what happened, so only a completed placement has them. */
export function requireCompleted(p: ImpactPlacement): void {
  if (p.status !== "completed") throw new AppError("rule_violation", "impact.errors.notCompleted");
}

/**
 * The placement's length for validating a report before the transaction, so "more days than the
 * placement" is reported together with every other field error (issue 18). Null when the id is
 * not valid or the actor may not see this side: the in-transaction check still decides.
 */
export async function placementLengthForSide(tx: DbOrTx, actor: Actor, permission: Permission, side: FeedbackSide, input: unknown): Promise<number | null> {
  const id = (input as { placementId?: unknown } | null)?.placementId;
  if (typeof id !== "string" || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  const p = await findImpactPlacement(tx, id);
  try {
    authorizeSide(actor, permission, side, p);
  } catch {
    return null;
  }
  return p!.lengthDays;
}
