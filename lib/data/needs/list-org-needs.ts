import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { facilities, needs } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { organizationInScope } from "@/lib/data/organizations/org-scope";
import { parseInput } from "@/lib/data/shared/parse";
import { addDays, parseDateRange } from "@/lib/validation/calendar-dates";
import { organizationRefSchema } from "@/lib/validation/organizations";
import { needCounts } from "./need-counts";
import { z } from "zod";

export type OrgNeedRow = {
  id: string;
  title: string;
  type: (typeof needs.$inferSelect)["type"];
  status: (typeof needs.$inferSelect)["status"];
  remote: boolean;
  facilityName: string | null;
  windowStart: string;
  windowEnd: string;
  slots: number;
  interested: number;
  proposed: number;
  offered: number;
  placed: number;
  filled: boolean;
};

const schema = organizationRefSchema.extend({ status: z.enum(["draft", "open", "closed", "cancelled"]).optional().catch(undefined) });

/** The organisation's needs with their counts (interested, proposed, offered, placed). */
export async function listOrgNeeds(actor: Actor, input: unknown): Promise<OrgNeedRow[]> {
  const data = parseInput(schema, input);
  const db = await getDb();
  await organizationInScope(db, actor, data.organizationId, "organization.read");
  const rows = await db
    .select({
      id: needs.id,
      title: needs.title,
      type: needs.type,
      status: needs.status,
      remote: needs.remote,
      facilityName: facilities.name,
      window: needs.window,
      slots: needs.slots,
      ...needCounts(needs.id, needs.slots),
    })
    .from(needs)
    .leftJoin(facilities, eq(facilities.id, needs.facilityId))
    .where(and(eq(needs.organizationId, data.organizationId), data.status ? eq(needs.status, data.status) : undefined))
    .orderBy(desc(needs.createdAt), desc(needs.id))
    .limit(500);
  return rows.map(({ window, ...r }) => {
    const { start, end } = parseDateRange(window);
    return { ...r, windowStart: start, windowEnd: addDays(end, -1) };
  });
}
