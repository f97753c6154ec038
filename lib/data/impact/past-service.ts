import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { rowsOf } from "@/db/rows";

export type PastServiceFacts = {
  completedPlacements: number;
  /** Mean of every 1–5 rating organisations gave this volunteer (all aspects); null when none yet. */
  averageFeedback: number | null;
};

/**
 * Facts for the matching engine's "past service" component (DESIGN rule 4). Unchecked by design:
 * the caller (a coordinator-only matching use case) has already authorised; the figures are only
 * counts and a mean, no report content. Volunteers without any completed placement get
 * { completedPlacements: 0, averageFeedback: null } so the map has every id asked for.
 */
export async function pastServiceFacts(db: DbOrTx, volunteerIds: readonly string[]): Promise<Map<string, PastServiceFacts>> {
  const out = new Map<string, PastServiceFacts>();
  const ids = [...new Set(volunteerIds)];
  for (const id of ids) out.set(id, { completedPlacements: 0, averageFeedback: null });
  if (ids.length === 0) return out;
  // One round trip for any number of ids (a round asks for thousands): unnest a uuid[] parameter.
  const idList = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  const rows = rowsOf<{ volunteer_id: string; completed: number; average: number | null }>(
    await db.execute(sql`
      with v as (select unnest(array[${idList}]::uuid[]) as id),
      done as (
        select p.volunteer_id, p.id from placements p join v on v.id = p.volunteer_id where p.status = 'completed'
      ),
      ratings as (
        select d.volunteer_id, (r.value)::numeric as value
        from done d
        join feedback f on f.placement_id = d.id and f.from_side = 'organization'
        cross join lateral jsonb_each_text(f.ratings) r
      )
      select d.volunteer_id::text as volunteer_id, count(distinct d.id)::int as completed,
        (select avg(value)::float8 from ratings r where r.volunteer_id = d.volunteer_id) as average
      from done d group by d.volunteer_id`),
  );
  for (const r of rows) {
    out.set(r.volunteer_id, {
      completedPlacements: Number(r.completed),
      averageFeedback: r.average == null ? null : Math.round(Number(r.average) * 100) / 100,
    });
  }
  return out;
}
