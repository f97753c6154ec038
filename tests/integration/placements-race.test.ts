// DESIGN rule 2 under concurrency: approvals racing each other cannot double-book a volunteer, overfill
// a need, or approve one match twice. On PostgreSQL every call runs on its own connection and its own
// transaction (the test handle has 20). PGlite has a single connection, so the same calls queue one
// after another there: the outcomes are still asserted, but only PostgreSQL proves the race.
import { beforeAll, describe, expect, it } from "vitest";
import { count, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, matches, notifications, placements } from "@/db/schema";
import { approveMatch } from "@/lib/data/matches/approve-match";
import { AppError } from "@/lib/errors";
import { rowsOf } from "@/db/rows";
import type { SignedInActor } from "@/lib/auth/actor.types";
import { engine, useTestDb } from "../fixtures/db";
import { createActor } from "../fixtures/actors";
import { createMatch, createNeed, createVolunteer } from "../fixtures/domain";

useTestDb();
let coordinator: SignedInActor;

beforeAll(async () => {
  coordinator = await createActor(["coordinator"]);
  if (engine === "pglite") {
    console.info("[placements-race] PGlite has one connection: concurrent calls are serialised; the real race runs on integration-postgres.");
  }
});

type Outcome = { ok: true; placementId: string } | { ok: false; code: string; key: string };
async function attempt(p: Promise<{ placementId: string }>): Promise<Outcome> {
  try {
    return { ok: true, placementId: (await p).placementId };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, code: e.code, key: e.messageKey };
    throw e;
  }
}

describe("concurrent approvals", () => {
  it("20 approvals putting one volunteer in overlapping periods → one placement, 19 conflicts", async () => {
    const v = await createVolunteer();
    const ms = [];
    const { org } = await createNeed({ status: "draft" });
    for (let i = 0; i < 20; i++) {
      const { need } = await createNeed({ title: `Camp ${i}`, organizationId: org!.id });
      ms.push(await createMatch({ needId: need.id, volunteerId: v.id }));
    }
    // every period overlaps every other (they all contain 2031-02-15)
    const outcomes = await Promise.all(
      ms.map((m, i) =>
        attempt(approveMatch(coordinator, { matchId: m.id, firstDay: `2031-02-${String(1 + (i % 10)).padStart(2, "0")}`, lastDay: "2031-03-20" })),
      ),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    const refused = outcomes.filter((o): o is Extract<Outcome, { ok: false }> => !o.ok);
    expect(refused).toHaveLength(19);
    expect(new Set(refused.map((o) => o.code))).toEqual(new Set(["conflict"]));
    expect(new Set(refused.map((o) => o.key))).toEqual(new Set(["errors.conflicts.overlap"]));
    const db = await getDb();
    const live = await db.select().from(placements).where(eq(placements.volunteerId, v.id));
    expect(live).toHaveLength(1);
    // the refused ones stay proposed and left no trace
    const approved = await db
      .select()
      .from(matches)
      .where(
        inArray(
          matches.id,
          ms.map((m) => m.id),
        ),
      );
    expect(approved.filter((m) => m.status === "approved")).toHaveLength(1);
    expect(approved.filter((m) => m.status === "proposed")).toHaveLength(19);
    const [{ n }] = await db.select({ n: count() }).from(notifications).where(eq(notifications.userId, v.id));
    expect(n).toBe(1);
  });

  it("10 approvals for a one-slot need → exactly one placement", async () => {
    const { need } = await createNeed({ slots: 1 });
    const ms = [];
    for (let i = 0; i < 10; i++) {
      const v = await createVolunteer({ name: `Dr Volunteer ${i}` });
      ms.push(await createMatch({ needId: need.id, volunteerId: v.id }));
    }
    const outcomes = await Promise.all(ms.map((m) => attempt(approveMatch(coordinator, { matchId: m.id, firstDay: "2031-03-01", lastDay: "2031-03-31" }))));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    const refused = outcomes.filter((o): o is Extract<Outcome, { ok: false }> => !o.ok);
    expect(refused.map((o) => o.key)).toEqual(Array(9).fill("errors.conflicts.slots"));
    const db = await getDb();
    const rows = await db.select().from(placements).where(eq(placements.needId, need.id));
    expect(rows).toHaveLength(1);
  });

  it("the same approval submitted twice at once → one placement, one notification, one audit row", async () => {
    const v = await createVolunteer();
    const { need } = await createNeed();
    const m = await createMatch({ needId: need.id, volunteerId: v.id });
    const input = { matchId: m.id, firstDay: "2031-04-01", lastDay: "2031-04-30" };
    const outcomes = await Promise.all([attempt(approveMatch(coordinator, input)), attempt(approveMatch(coordinator, { ...input }))]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.find((o) => !o.ok)).toMatchObject({ code: "conflict", key: "placements.errors.matchDecided" });
    const db = await getDb();
    expect(await db.select().from(placements).where(eq(placements.matchId, m.id))).toHaveLength(1);
    expect(await db.select().from(notifications).where(eq(notifications.userId, v.id))).toHaveLength(1);
    expect(await db.select().from(auditLog).where(eq(auditLog.objectId, m.id))).toHaveLength(1);
    // a later replay (say, a resubmitted form) changes nothing either
    expect(await attempt(approveMatch(coordinator, input))).toMatchObject({ ok: false, key: "placements.errors.matchDecided" });
    expect(await db.select().from(auditLog).where(eq(auditLog.objectId, m.id))).toHaveLength(1);
  });
});

describe("the database alone enforces the invariants (READ COMMITTED)", () => {
  // These bypass the use case (and its need-row lock): the slot trigger and the exclusion
  // constraint must hold by themselves when transactions interleave. pg_sleep widens the window
  // between the insert and the commit, so on PostgreSQL the ten transactions truly overlap.
  it("the slot trigger serialises concurrent inserts: a 2-slot need gets exactly 2", async () => {
    const db = await getDb();
    const { need } = await createNeed({ slots: 2 });
    const rows = [];
    for (let i = 0; i < 10; i++) {
      const v = await createVolunteer({ name: `Dr Raw ${i}` });
      rows.push({ m: await createMatch({ needId: need.id, volunteerId: v.id }), v });
    }
    const results = await Promise.allSettled(
      rows.map(({ m, v }) =>
        db.transaction(async (tx) => {
          const [{ level }] = rowsOf<{ level: string }>(await tx.execute(sql`SELECT current_setting('transaction_isolation') AS level`));
          expect(level).toBe("read committed");
          await tx.insert(placements).values({ matchId: m.id, needId: need.id, volunteerId: v.id, period: "[2031-05-01,2031-05-31)", status: "offered" });
          await tx.execute(sql`SELECT pg_sleep(0.05)`);
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    for (const r of results) {
      if (r.status === "rejected") {
        const cause = (r.reason as { cause?: { code?: string; constraint_name?: string; constraint?: string } }).cause ?? (r.reason as never);
        expect(cause.code).toBe("23514");
      }
    }
    const [{ n }] = await db.select({ n: count() }).from(placements).where(eq(placements.needId, need.id));
    expect(n).toBe(2);
  });

  it("the exclusion constraint refuses a second overlapping live placement committed concurrently", async () => {
    const db = await getDb();
    const v = await createVolunteer();
    const pairs = [];
    const { org } = await createNeed({ status: "draft" });
    for (let i = 0; i < 5; i++) {
      const { need } = await createNeed({ slots: 5, organizationId: org!.id });
      pairs.push({ need, m: await createMatch({ needId: need.id, volunteerId: v.id }) });
    }
    const results = await Promise.allSettled(
      pairs.map(({ need, m }, i) =>
        db.transaction(async (tx) => {
          await tx
            .insert(placements)
            .values({ matchId: m.id, needId: need.id, volunteerId: v.id, period: `[2031-06-0${i + 1},2031-06-20)`, status: "offered" });
          await tx.execute(sql`SELECT pg_sleep(0.05)`);
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [{ n }] = await db.select({ n: count() }).from(placements).where(eq(placements.volunteerId, v.id));
    expect(n).toBe(1);
  });
});
