import { describe, expect, it, beforeAll } from "vitest";
import { getDb } from "@/db/client";
import { loadNeedFacts, loadVolunteerFactsMany } from "@/lib/data/matching/facts";
import { eligibleWindowPairs, shortlistNeeds, shortlistVolunteers } from "@/lib/data/matching/shortlist-queries";
import { shortlistForNeed, unsafeShortlistForNeed } from "@/lib/data/matching/shortlist-for-need";
import { evaluate } from "@/lib/matching/explain";
import { mulberry32 } from "@/lib/matching/random";
import type { ExclusionCode, NeedFacts, VolunteerFacts } from "@/lib/matching/types";
import { todayUtc } from "@/lib/validation/calendar-dates";
import { AppError } from "@/lib/errors";
import { useTestDb } from "../fixtures/db";
import { createActor, createOrganization } from "../fixtures/actors";
import { historyNeed, professionCodes, seedRandomNeeds, seedRandomVolunteers } from "../fixtures/matching";
import { expectAppError } from "../fixtures/app-error";

useTestDb();

const ALL = { limit: 100_000, offset: 0 };
let volunteerIds: string[] = [];
let needIds: string[] = [];
let org: Awaited<ReturnType<typeof createOrganization>>;
let volunteers: Map<string, VolunteerFacts>;
let needFacts: Map<string, NeedFacts>;

/** The engine's ranking: eligible pairs, score DESC then id (lib/matching/rank.ts order). */
function tsRanking(pairs: { id: string; e: ReturnType<typeof evaluate> }[]): [string, number][] {
  return pairs
    .flatMap(({ id, e }) => (e.eligible ? [[id, e.score] as [string, number]] : []))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

beforeAll(async () => {
  const rand = mulberry32(20_250_505);
  org = await createOrganization();
  const professions = await professionCodes();
  const past = await historyNeed(org.org.id);
  volunteerIds = await seedRandomVolunteers(rand, 150, { professions, historyNeedId: past });
  needIds = await seedRandomNeeds(rand, 16, { organizationId: org.org.id, professions });
  const db = await getDb();
  volunteers = await loadVolunteerFactsMany(db, volunteerIds);
  needFacts = await loadNeedFacts(db, needIds);
});

describe("shortlist in SQL (issue 5)", () => {
  it("gives every need the engine's eligible volunteers with the engine's scores, in the engine's order (2,400 random pairs)", async () => {
    const db = await getDb();
    const codes = new Set<ExclusionCode>();
    let eligible = 0;
    for (const needId of needIds) {
      const need = needFacts.get(needId)!;
      const pairs = volunteerIds.map((id) => ({ id, e: evaluate(volunteers.get(id)!, need) }));
      for (const p of pairs) if (!p.e.eligible) for (const x of p.e.exclusions) codes.add(x.code);
      const expected = tsRanking(pairs);
      eligible += expected.length;
      const { rows, total } = await shortlistVolunteers(db, need, ALL);
      expect(
        rows.map((r) => [r.id, r.score]),
        `need ${needId}`,
      ).toEqual(expected);
      expect(total).toBe(expected.length);
    }
    // The random data reaches every hard requirement and enough eligible pairs to mean something.
    expect([...codes].sort()).toEqual([
      "consent_withdrawn",
      "credential_expires_in_window",
      "credential_level_too_low",
      "insufficient_overlap",
      "mode_mismatch",
      "profession_mismatch",
      "required_language_missing",
      "specialty_mismatch",
    ]);
    expect(eligible).toBeGreaterThan(60);
  });

  it("gives every volunteer the engine's eligible open needs in the engine's order (reverse direction)", async () => {
    const db = await getDb();
    let eligible = 0;
    for (const id of volunteerIds) {
      const v = volunteers.get(id)!;
      const expected = tsRanking(needIds.map((n) => ({ id: n, e: evaluate(v, needFacts.get(n)!) })));
      eligible += expected.length;
      const { rows } = await shortlistNeeds(db, id, todayUtc(), ALL);
      expect(
        rows.map((r) => [r.id, r.score]),
        `volunteer ${id}`,
      ).toEqual(expected);
    }
    expect(eligible).toBeGreaterThan(60);
  });

  it("builds a round's pairs with the engine's score for every eligible pair", async () => {
    const db = await getDb();
    const rows = await eligibleWindowPairs(db, needIds);
    const best = new Map<string, number>();
    for (const r of rows) best.set(`${r.volunteerId}|${r.needId}`, Math.max(best.get(`${r.volunteerId}|${r.needId}`) ?? -1, r.score));
    const expected = new Map<string, number>();
    for (const v of volunteerIds)
      for (const n of needIds) {
        const e = evaluate(volunteers.get(v)!, needFacts.get(n)!);
        if (e.eligible) expected.set(`${v}|${n}`, e.score);
      }
    expect(new Map([...best].sort())).toEqual(new Map([...expected].sort()));
  });

  it("pages without gaps or repeats and explains each row with reasons that add up to its score", async () => {
    const db = await getDb();
    const needId = [...needIds].sort(
      (a, b) =>
        tsRanking(volunteerIds.map((id) => ({ id, e: evaluate(volunteers.get(id)!, needFacts.get(b)!) }))).length -
        tsRanking(volunteerIds.map((id) => ({ id, e: evaluate(volunteers.get(id)!, needFacts.get(a)!) }))).length,
    )[0];
    const all = await shortlistVolunteers(db, needFacts.get(needId)!, ALL);
    expect(all.rows.length).toBeGreaterThanOrEqual(5);
    const size = 3;
    const pages = [];
    for (let offset = 0; offset < all.rows.length; offset += size) {
      const p = await unsafeShortlistForNeed(db, needId, { limit: size, offset });
      expect(p.total).toBe(all.rows.length);
      for (const r of p.rows) expect(r.reasons.reduce((s, x) => s + x.points, 0)).toBe(r.score);
      pages.push(...p.rows.map((r) => [r.id, r.score]));
    }
    expect(pages).toEqual(all.rows.map((r) => [r.id, r.score]));
    const beyond = await unsafeShortlistForNeed(db, needId, { limit: size, offset: all.rows.length + 10 });
    expect(beyond).toMatchObject({ rows: [], total: all.rows.length });
  });

  it("lets a coordinator and the owning organisation read a need's shortlist; another organisation gets not_found", async () => {
    const coordinator = await createActor(["coordinator"]);
    const needId = needIds[0];
    const mine = await shortlistForNeed(org.actor, { needId });
    const theirs = await shortlistForNeed(coordinator, { needId, page: "1" });
    expect(theirs.entries.map((e) => e.volunteerId)).toEqual(mine.entries.map((e) => e.volunteerId));
    theirs.entries.forEach((e, i) => expect(e.rank).toBe(i + 1));
    const other = await createOrganization();
    const refused = await expectAppError(shortlistForNeed(other.actor, { needId }));
    expect((refused as AppError).code).toBe("not_found");
    const volunteer = await createActor(["volunteer"]);
    expect(((await expectAppError(shortlistForNeed(volunteer, { needId }))) as AppError).code).toBe("forbidden");
  });
});
