import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { interests, matches, needs, organizations, placements, users, volunteerProfiles } from "@/db/schema";
import type { Actor, SignedInActor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { AppError, mapDbError } from "@/lib/errors";
import { parseDateRange } from "@/lib/validation/calendar-dates";
import { expressInterestSchema, moveInterestSchema, withdrawInterestSchema } from "@/lib/validation/volunteers";
import { notify } from "@/lib/data/notifications/notify";
import { organizationMemberIds } from "@/lib/data/placements/placement-context";
import { hasConsent } from "./consent-state";
import { lockProfile } from "./profile-row";
import { interestTimeline, type TimelineStep } from "./interest-timeline";

export type InterestDto = {
  id: string;
  needId: string;
  needTitle: string;
  organizationName: string;
  start: string;
  end: string;
  note: string;
  rank: number | null;
  status: string;
  timeline: TimelineStep[];
};

/** Active interests are ranked 1..n in the volunteer's order; withdrawn ones carry no rank. */
async function renumber(tx: DbOrTx, volunteerId: string, orderedIds: string[]): Promise<void> {
  for (const [i, id] of orderedIds.entries()) {
    await tx
      .update(interests)
      .set({ rank: i + 1 })
      .where(and(eq(interests.id, id), eq(interests.volunteerId, volunteerId)));
  }
}

async function volunteerDisplayName(tx: DbOrTx, userId: string): Promise<string> {
  const [row] = await tx
    .select({ fullName: volunteerProfiles.fullName, name: users.name })
    .from(users)
    .leftJoin(volunteerProfiles, eq(volunteerProfiles.userId, users.id))
    .where(eq(users.id, userId));
  return row?.fullName || row?.name || "";
}

async function activeIdsInOrder(tx: DbOrTx, volunteerId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: interests.id })
    .from(interests)
    .where(and(eq(interests.volunteerId, volunteerId), ne(interests.status, "withdrawn")))
    .orderBy(sql`${interests.rank} IS NULL`, asc(interests.rank), asc(interests.createdAt));
  return rows.map((r) => r.id);
}

/**
 * Expresses interest in an open need, with an optional note; it goes last in the volunteer's ranking.
 * Expressing again after a withdrawal revives the same row (one interest per need and volunteer).
 */
export async function expressInterest(actor: Actor, input: unknown): Promise<{ interestId: string }> {
  authorize(actor, "interest.manage", { ownerId: actor.kind === "user" ? actor.id : null });
  const data = parseInput(expressInterestSchema, input);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      await lockProfile(tx, actor);
      const [need] = await tx
        .select({ id: needs.id, status: needs.status, title: needs.title, organizationId: needs.organizationId })
        .from(needs)
        .where(eq(needs.id, data.needId));
      if (!need || need.status !== "open") throw new AppError("not_found");
      if (!(await hasConsent(tx, actor.id, "matching"))) throw new AppError("rule_violation", "volunteer.interests.consentRequired");
      const order = await activeIdsInOrder(tx, actor.id);
      const [existing] = await tx
        .select()
        .from(interests)
        .where(and(eq(interests.needId, data.needId), eq(interests.volunteerId, actor.id)));
      let id: string;
      if (existing && existing.status !== "withdrawn") throw new AppError("conflict", "errors.conflicts.interestExists");
      if (existing) {
        await tx
          .update(interests)
          .set({ status: "sent", note: data.note ?? "", seenAt: null, reason: null, rank: order.length + 1, updatedAt: new Date() })
          .where(eq(interests.id, existing.id));
        id = existing.id;
      } else {
        const [row] = await tx
          .insert(interests)
          .values({ needId: data.needId, volunteerId: actor.id, note: data.note ?? "", rank: order.length + 1 })
          .returning({ id: interests.id });
        id = row.id;
      }
      await writeAudit(tx, actor, { action: "interest.expressed", objectType: "interest", objectId: id, after: { needId: data.needId } });
      // The organisation hears of new interest (in-app; by email when a member opted in, issue 18).
      const volunteerName = await volunteerDisplayName(tx, actor.id);
      for (const userId of await organizationMemberIds(tx, need.organizationId)) {
        await notify(tx, {
          userId,
          kind: "interest_received",
          params: { needTitle: need.title, volunteerName },
          link: `/organization/${need.organizationId}/needs/${need.id}`,
        });
      }
      return { interestId: id };
    });
  } catch (e) {
    mapDbError(e);
  }
}

async function ownInterest(tx: DbOrTx, actor: SignedInActor, interestId: string) {
  const [row] = await tx.select().from(interests).where(eq(interests.id, interestId));
  authorize(actor, "interest.manage", { ownerId: row?.volunteerId ?? null });
  return row!;
}

export async function withdrawInterest(actor: Actor, input: unknown): Promise<void> {
  authorize(actor, "interest.manage");
  const data = parseInput(withdrawInterestSchema, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lockProfile(tx, actor);
    const row = await ownInterest(tx, actor, data.interestId);
    if (row.status === "withdrawn") return;
    await tx.update(interests).set({ status: "withdrawn", rank: null, updatedAt: new Date() }).where(eq(interests.id, row.id));
    await renumber(tx, actor.id, await activeIdsInOrder(tx, actor.id));
    await writeAudit(tx, actor, { action: "interest.withdrawn", objectType: "interest", objectId: row.id, before: { status: row.status } });
  });
}

/** Moves one interest up or down the volunteer's own ranking (1 = first choice). */
export async function moveInterest(actor: Actor, input: unknown): Promise<void> {
  authorize(actor, "interest.manage");
  const data = parseInput(moveInterestSchema, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lockProfile(tx, actor);
    const row = await ownInterest(tx, actor, data.interestId);
    if (row.status === "withdrawn") throw new AppError("rule_violation", "volunteer.interests.withdrawnCannotMove");
    const order = await activeIdsInOrder(tx, actor.id);
    const i = order.indexOf(row.id);
    const j = data.direction === "up" ? i - 1 : i + 1;
    if (j < 0 || j >= order.length) return;
    [order[i], order[j]] = [order[j], order[i]];
    await renumber(tx, actor.id, order);
    await writeAudit(tx, actor, { action: "interest.ranked", objectType: "interest", objectId: row.id, after: { rank: j + 1 } });
  });
}

export async function listMyInterests(actor: Actor): Promise<InterestDto[]> {
  authorize(actor, "interest.manage", { ownerId: actor.kind === "user" ? actor.id : null });
  const db = await getDb();
  const rows = await db
    .select({ i: interests, title: needs.title, window: needs.window, organizationName: organizations.name })
    .from(interests)
    .innerJoin(needs, eq(needs.id, interests.needId))
    .innerJoin(organizations, eq(organizations.id, needs.organizationId))
    .where(eq(interests.volunteerId, actor.id))
    .orderBy(sql`${interests.rank} IS NULL`, asc(interests.rank), asc(interests.createdAt));
  const myMatches = await db.select().from(matches).where(eq(matches.volunteerId, actor.id));
  const myPlacements = await db.select().from(placements).where(eq(placements.volunteerId, actor.id));
  return rows.map(({ i, title, window, organizationName }) => {
    const w = parseDateRange(window);
    return {
      id: i.id,
      needId: i.needId,
      needTitle: title,
      organizationName,
      start: w.start,
      end: w.end,
      note: i.note,
      rank: i.rank,
      status: i.status,
      timeline: interestTimeline(
        i,
        myMatches.filter((m) => m.needId === i.needId),
        myPlacements.filter((p) => p.needId === i.needId),
      ),
    };
  });
}
