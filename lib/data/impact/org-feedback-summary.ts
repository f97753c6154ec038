import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/auth/actor.types";
import { authorizePublic } from "@/lib/auth/guard";
import { rowsOf } from "@/db/rows";
import { uuid } from "@/lib/validation/common";
import { volunteerRatesOrganization } from "@/lib/validation/impact";
import { MIN_GROUP_SIZE } from "./suppress";

export type OrgFeedbackSummary =
  | { organizationId: string; shown: false; ratings: number }
  | { organizationId: string; shown: true; ratings: number; overall: number; aspects: { aspect: string; average: number }[] };

/**
 * What past volunteers said about an organisation, in aggregate only, for future volunteers (on
 * the need page). Public, so the same rule as the public dashboard: nothing from fewer than 5
 * volunteers, and never a comment (a comment can identify its author). `ratings` is then 0.
 */
export async function getOrgFeedbackSummary(actor: Actor, organizationId: unknown): Promise<OrgFeedbackSummary | null> {
  authorizePublic(actor, "impact.public.read");
  const id = uuid.safeParse(organizationId);
  if (!id.success) return null;
  const db = await getDb();
  const rows = rowsOf<{ aspect: string; average: number; raters: number }>(
    await db.execute(sql`
      with fb as (
        select f.ratings, coalesce(p.volunteer_id, p.id) as person
        from feedback f join placements p on p.id = f.placement_id join needs n on n.id = p.need_id
        where n.organization_id = ${id.data} and f.from_side = 'volunteer' and p.status = 'completed'
      )
      select r.key as aspect, avg((r.value)::numeric)::float8 as average,
        (select count(distinct person) from fb)::int as raters
      from fb cross join lateral jsonb_each_text(fb.ratings) r group by r.key`),
  );
  const raters = rows[0] ? Number(rows[0].raters) : 0;
  if (raters < MIN_GROUP_SIZE) return { organizationId: id.data, shown: false, ratings: 0 };
  const aspects = volunteerRatesOrganization
    .map((a) => rows.find((r) => r.aspect === a))
    .filter((r): r is { aspect: string; average: number; raters: number } => Boolean(r))
    .map((r) => ({ aspect: r.aspect, average: Math.round(Number(r.average) * 10) / 10 }));
  const overall = Math.round((aspects.reduce((s, a) => s + a.average, 0) / Math.max(1, aspects.length)) * 10) / 10;
  return { organizationId: id.data, shown: true, ratings: raters, overall, aspects };
}
