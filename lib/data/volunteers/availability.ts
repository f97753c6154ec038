import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { availabilityWindows } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";
import { rowsOf } from "@/db/rows";
import { getPlatformSettings } from "@/lib/data/settings/get-platform-settings";
import { AppError, mapDbError } from "@/lib/errors";
import { addDays, daysBetween, formatDateRange, parseDateRange, todayUtc } from "@/lib/validation/calendar-dates";
import { availabilitySchema } from "@/lib/validation/volunteers";
import { lockProfile } from "./profile-row";

export type AvailabilityDto = {
  id: string;
  start: string;
  lastDay: string;
  end: string;
  days: number;
  mode: "in_person" | "remote";
  hoursPerWeek: number | null;
};

function toDto(r: typeof availabilityWindows.$inferSelect): AvailabilityDto {
  const { start, end } = parseDateRange(r.period);
  return { id: r.id, start, end, lastDay: addDays(end, -1), days: daysBetween(start, end), mode: r.mode, hoursPerWeek: r.hoursPerWeek };
}

export async function listMyAvailability(actor: Actor): Promise<AvailabilityDto[]> {
  authorize(actor, "volunteer.profile.read", { ownerId: actor.kind === "user" ? actor.id : null });
  const db = await getDb();
  const rows = await db
    .select()
    .from(availabilityWindows)
    .where(eq(availabilityWindows.userId, actor.id))
    .orderBy(asc(sql`lower(${availabilityWindows.period})`));
  return rows.map(toDto);
}

/**
 * Adds a window [start, lastDay + 1). Rules (issue 3, DESIGN rule 1): the last day is not before the
 * first; nothing in the past; no longer than the platform cap; and no overlap with the volunteer's
 * own window of the same mode. Decision (docs/decisions/004-volunteer-overlap-and-deletion.md): an
 * overlapping window is REFUSED with the dates of the one it overlaps, not merged silently: merging
 * would change a window the volunteer did not touch, and remote windows carry hours per week that
 * cannot be merged meaningfully. Windows of different modes may overlap (remote work from home in
 * the same weeks as nothing on site is ordinary); touching windows ([a,b) and [b,c)) do not overlap.
 */
export async function addAvailability(actor: Actor, input: unknown, now = new Date()): Promise<{ id: string }> {
  authorize(actor, "volunteer.profile.edit", { ownerId: actor.kind === "user" ? actor.id : null });
  const data = parseInput(availabilitySchema, input);
  const today = todayUtc(now);
  const end = addDays(data.lastDay, 1);
  const db = await getDb();
  const { capDays } = await getPlatformSettings(db);
  const errors: Record<string, string[]> = {};
  if (data.start < today) errors.start = ["date_past"];
  if (daysBetween(data.start, end) > capDays) errors.lastDay = ["window_too_long"];
  if (Object.keys(errors).length) throw new AppError("invalid_input", "errors.invalid_input", errors, { capDays });
  const period = formatDateRange(data.start, end);
  try {
    return await db.transaction(async (tx) => {
      // Serialises this volunteer's changes so two overlapping windows cannot both pass the check.
      await lockProfile(tx, actor);
      const clash = rowsOf<{ period: string }>(
        await tx.execute(sql`SELECT period::text AS period FROM availability_windows
          WHERE user_id = ${actor.id} AND mode = ${data.mode} AND period && ${period}::daterange
          ORDER BY lower(period) LIMIT 1`),
      )[0];
      if (clash) {
        const c = parseDateRange(clash.period);
        throw new AppError("invalid_input", "errors.invalid_input", { start: ["window_overlaps"] }, { start: c.start, lastDay: addDays(c.end, -1) });
      }
      const [row] = await tx
        .insert(availabilityWindows)
        .values({ userId: actor.id, period, mode: data.mode, hoursPerWeek: data.mode === "remote" ? (data.hoursPerWeek ?? null) : null })
        .returning({ id: availabilityWindows.id });
      await writeAudit(tx, actor, { action: "availability.added", objectType: "availability", objectId: row.id, after: { period, mode: data.mode } });
      return { id: row.id };
    });
  } catch (e) {
    mapDbError(e);
  }
}

export async function deleteAvailability(actor: Actor, input: { id?: unknown }): Promise<void> {
  if (actor.kind !== "user") throw new AppError("unauthenticated");
  const id = typeof input.id === "string" && /^[0-9a-f-]{36}$/i.test(input.id) ? input.id : null;
  if (!id) throw new AppError("not_found");
  const db = await getDb();
  const [existing] = await db.select({ userId: availabilityWindows.userId }).from(availabilityWindows).where(eq(availabilityWindows.id, id));
  authorize(actor, "volunteer.profile.edit", { ownerId: existing?.userId ?? null });
  await db.transaction(async (tx) => {
    await tx.delete(availabilityWindows).where(and(eq(availabilityWindows.id, id), eq(availabilityWindows.userId, actor.id)));
    await writeAudit(tx, actor, { action: "availability.deleted", objectType: "availability", objectId: id });
  });
}
