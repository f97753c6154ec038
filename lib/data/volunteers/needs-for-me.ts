import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { facilities, interests, needs, organizations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { explainNeedsForVolunteer } from "@/lib/data/matching/explain-page";
import { shortlistNeeds } from "@/lib/data/matching/shortlist-queries";
import type { Reason } from "@/lib/matching/types";
import { parseDateRange, todayUtc } from "@/lib/validation/calendar-dates";
import { loadVolunteerFacts } from "./volunteer-facts";

export type NeedForMe = {
  id: string;
  title: string;
  type: string;
  remote: boolean;
  organizationName: string;
  districtName: string | null;
  start: string;
  end: string;
  minDays: number;
  maxDays: number;
  minCredentialLevel: number;
  score: number;
  reasons: Reason[];
  interestId: string | null;
  interestStatus: string | null;
};

/** The best needs shown at once; the page lists them in score order. */
export const NEEDS_FOR_ME_LIMIT = 100;

export type NeedsForMe = { consentMissing: boolean; profileMissing: boolean; needs: NeedForMe[] };

/**
 * Open needs this volunteer is eligible for, best first, each with its score and reasons from the
 * matching engine (lib/matching, DESIGN rule 4), through the matching area's reverse shortlist.
 * A volunteer without matching consent sees nothing: consent is a hard requirement.
 */
export async function listNeedsForMe(actor: Actor, now = new Date()): Promise<NeedsForMe> {
  authorize(actor, "interest.manage", { ownerId: actor.kind === "user" ? actor.id : null });
  const db = await getDb();
  const volunteer = await loadVolunteerFacts(db, actor.id);
  if (!volunteer) return { consentMissing: false, profileMissing: true, needs: [] };
  if (!volunteer.consentMatching) return { consentMissing: true, profileMissing: false, needs: [] };
  const today = todayUtc(now);
  // The matching area's reverse shortlist (issue 5): SQL applies every hard rule and orders by
  // score; the engine explains the page from facts loaded for those needs only.
  const page = await shortlistNeeds(db, actor.id, today, { limit: NEEDS_FOR_ME_LIMIT, offset: 0 });
  if (page.rows.length === 0) return { consentMissing: false, profileMissing: false, needs: [] };
  const { explained, districts } = await explainNeedsForVolunteer(db, volunteer, page.rows);
  const ids = explained.map((r) => r.id);
  const rows = ids.length
    ? await db
        .select({
          n: needs,
          organizationName: organizations.name,
          districtCode: sql<number | null>`coalesce(${needs.districtCode}, ${facilities.districtCode})`,
        })
        .from(needs)
        .innerJoin(organizations, eq(organizations.id, needs.organizationId))
        .leftJoin(facilities, eq(facilities.id, needs.facilityId))
        .where(inArray(needs.id, ids))
    : [];
  const mine = await db
    .select({ id: interests.id, needId: interests.needId, status: interests.status })
    .from(interests)
    .where(eq(interests.volunteerId, actor.id));
  const byId = new Map(rows.map((r) => [r.n.id, r]));
  return {
    consentMissing: false,
    profileMissing: false,
    needs: explained
      .filter((r) => byId.has(r.id))
      .map((r) => {
        const { n, organizationName, districtCode } = byId.get(r.id)!;
        const w = parseDateRange(n.window);
        const interest = mine.find((i) => i.needId === n.id);
        return {
          id: n.id,
          title: n.title,
          type: n.type,
          remote: n.remote,
          organizationName,
          districtName: districtCode === null ? null : (districts.get(String(districtCode)) ?? null),
          start: w.start,
          end: w.end,
          minDays: n.minDays,
          maxDays: n.maxDays,
          minCredentialLevel: n.minCredentialLevel,
          score: r.score,
          reasons: r.reasons,
          interestId: interest?.id ?? null,
          interestStatus: interest?.status ?? null,
        };
      }),
  };
}
