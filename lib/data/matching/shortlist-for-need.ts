import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { interests, matches } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { parseInput } from "@/lib/data/shared/parse";
import { needInScope } from "@/lib/data/needs/need-scope";
import { peopleAccess } from "@/lib/data/needs/people-access";
import { professionalProfiles, type ProfessionalProfile } from "@/lib/data/needs/professional-profiles";
import { AppError } from "@/lib/errors";
import type { NeedFacts, Reason } from "@/lib/matching/types";
import { shortlistSchema } from "@/lib/validation/matching";
import { explainVolunteersForNeed, type Explained } from "./explain-page";
import { loadNeedFacts } from "./facts";
import { shortlistVolunteers } from "./shortlist-queries";

export const SHORTLIST_PAGE_SIZE = 20;

/**
 * One page of a need's shortlist, explained. Unchecked (the name says so): callers authorise the
 * need first (the organisation's candidate list, the coordinator's shortlist).
 */
export async function unsafeShortlistForNeed(
  db: DbOrTx,
  needId: string,
  page: { limit: number; offset: number },
  opts: { sharedOnly?: boolean; countOnly?: boolean } = {},
): Promise<{ need: NeedFacts; rows: Explained[]; total: number }> {
  const need = (await loadNeedFacts(db, [needId])).get(needId);
  if (!need) throw new AppError("not_found");
  // countOnly (a draft, a pending organisation): the total, and neither ids nor scores leave here.
  const { rows, total } = await shortlistVolunteers(db, need, opts.countOnly ? { limit: 0, offset: 0 } : page, opts);
  return { need, rows: opts.countOnly ? [] : await explainVolunteersForNeed(db, need, rows), total };
}

export type ShortlistEntry = {
  volunteerId: string;
  rank: number;
  score: number;
  reasons: Reason[];
  profile: ProfessionalProfile;
  interestStatus: string | null;
  openProposal: boolean;
};

/** The coordinator's (or the owning organisation's) shortlist for a need: ranked, explained, paginated. */
export async function shortlistForNeed(
  actor: Actor,
  input: unknown,
): Promise<{ needId: string; title: string; page: number; pageSize: number; total: number; entries: ShortlistEntry[] }> {
  const { needId, page } = parseInput(shortlistSchema, input);
  const db = await getDb();
  const { need } = await needInScope(db, actor, needId, "need.candidates.read");
  const access = await peopleAccess(db, actor, need);
  const offset = (page - 1) * SHORTLIST_PAGE_SIZE;
  const { rows, total } = await unsafeShortlistForNeed(
    db,
    need.id,
    { limit: SHORTLIST_PAGE_SIZE, offset },
    { sharedOnly: access.sharedOnly, countOnly: !access.people },
  );
  const ids = rows.map((r) => r.id);
  const [profiles, ints, open] = await Promise.all([
    professionalProfiles(db, ids),
    ids.length
      ? db
          .select({ v: interests.volunteerId, status: interests.status })
          .from(interests)
          .where(and(eq(interests.needId, need.id), inArray(interests.volunteerId, ids)))
      : [],
    ids.length
      ? db
          .select({ v: matches.volunteerId })
          .from(matches)
          .where(and(eq(matches.needId, need.id), eq(matches.status, "proposed"), inArray(matches.volunteerId, ids)))
      : [],
  ]);
  const interestOf = new Map(ints.map((i) => [i.v, i.status]));
  const proposed = new Set(open.map((o) => o.v));
  const entries: ShortlistEntry[] = [];
  rows.forEach((r, i) => {
    const profile = profiles.get(r.id);
    if (!profile) return;
    entries.push({
      volunteerId: r.id,
      rank: offset + i + 1,
      score: r.score,
      reasons: r.reasons,
      profile,
      interestStatus: interestOf.get(r.id) ?? null,
      openProposal: proposed.has(r.id),
    });
  });
  return { needId: need.id, title: need.title, page, pageSize: SHORTLIST_PAGE_SIZE, total, entries };
}
