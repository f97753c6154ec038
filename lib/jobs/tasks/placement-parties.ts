import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { rowsOf } from "@/db/rows";

export type PlacementFacts = {
  id: string;
  needId: string;
  needTitle: string;
  volunteerId: string | null;
  volunteerName: string | null;
  startDate: string;
  /** Last day of the placement (the daterange's upper bound is exclusive). */
  endDate: string;
  offerExpiresAt: string | null;
};

export type RawPlacementRow = {
  id: string;
  need_id: string;
  need_title: string;
  volunteer_id: string | null;
  volunteer_name: string | null;
  start_date: string;
  end_date: string;
  offer_expires_at: string | Date | null;
};

/** Columns every lifecycle query returns for the placements it changed (alias p, need n, user u). */
export const placementFactsColumns = sql.raw(`
  p.id, p.need_id, n.title AS need_title, p.volunteer_id, u.name AS volunteer_name,
  lower(p.period)::text AS start_date, (upper(p.period) - 1)::text AS end_date, p.offer_expires_at`);

export function toFacts(rows: unknown): PlacementFacts[] {
  return rowsOf<RawPlacementRow>(rows).map((r) => ({
    id: r.id,
    needId: r.need_id,
    needTitle: r.need_title,
    volunteerId: r.volunteer_id,
    volunteerName: r.volunteer_name,
    startDate: r.start_date,
    endDate: r.end_date,
    offerExpiresAt: r.offer_expires_at == null ? null : new Date(r.offer_expires_at).toISOString(),
  }));
}

/** Members of the organisation that posted the need: "the other side" of a placement. */
export async function organizationMemberIds(db: DbOrTx, needId: string): Promise<string[]> {
  const rows = rowsOf<{ user_id: string }>(
    await db.execute(sql`
      SELECT om.user_id FROM organization_members om
      JOIN needs n ON n.organization_id = om.organization_id
      JOIN users u ON u.id = om.user_id AND u.status = 'active'
      WHERE n.id = ${needId}`),
  );
  return rows.map((r) => r.user_id);
}

/** Where each side reads a placement (the pages of issue #6's offers and organisation placements). */
export const volunteerPlacementLink = (id: string) => `/volunteer/offers#offer-${id}`;
export const organizationPlacementLink = (id: string) => `/organization/placements/${id}`;
