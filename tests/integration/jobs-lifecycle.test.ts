import { describe, expect, it } from "vitest";
import { and, eq, like } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, notifications, placements } from "@/db/schema";
import { expireLapsedOffers } from "@/lib/jobs/tasks/expire-offers";
import { remindLapsingOffers } from "@/lib/jobs/tasks/remind-lapsing-offers";
import { advancePlacements } from "@/lib/jobs/tasks/advance-placements";
import { AppError, mapDbError } from "@/lib/errors";
import { useTestDb } from "../fixtures/db";
import { createUser } from "../fixtures/actors";
import { createPlacementRow, createPlacementScene } from "../fixtures/placement-rows";

useTestDb();

const HOUR = 3_600_000;
const statusOf = async (id: string) => (await (await getDb()).select({ s: placements.status }).from(placements).where(eq(placements.id, id)))[0].s;
const kindsFor = async (userId: string) =>
  (await (await getDb()).select({ kind: notifications.kind }).from(notifications).where(eq(notifications.userId, userId))).map((n) => n.kind).sort();

describe("expiring lapsed offers", () => {
  it("expires only lapsed offers, frees the slot, tells both sides once and writes an audit row", async () => {
    const now = new Date("2031-05-10T12:00:00Z");
    const scene = await createPlacementScene({ slots: 1, title: "Melghat camp" });
    const lapsed = await createPlacementRow({
      needId: scene.need.id,
      volunteerId: scene.volunteer.id,
      period: "[2031-06-01,2031-06-15)",
      offerExpiresAt: new Date(now.getTime() - HOUR),
    });
    const other = await createPlacementScene();
    const fresh = await createPlacementRow({
      needId: other.need.id,
      volunteerId: other.volunteer.id,
      period: "[2031-06-01,2031-06-15)",
      offerExpiresAt: new Date(now.getTime() + HOUR),
    });

    // while offered, the 1-slot need is full (DESIGN rule 2, enforced by the trigger)
    const second = await createUser({ roles: ["volunteer"] });
    const full = await createPlacementRow({ needId: scene.need.id, volunteerId: second.id, period: "[2031-07-01,2031-07-10)" }).then(
      () => "ok",
      (e) => {
        try {
          mapDbError(e);
        } catch (m) {
          return m instanceof AppError ? m.code : "other";
        }
      },
    );
    expect(full).toBe("conflict");

    expect(await expireLapsedOffers(await getDb(), now)).toBe(1);
    expect(await expireLapsedOffers(await getDb(), now)).toBe(0); // a second run (or instance) changes nothing
    expect(await statusOf(lapsed.id)).toBe("expired");
    expect(await statusOf(fresh.id)).toBe("offered");

    expect(await kindsFor(scene.volunteer.id)).toEqual(["offer_expired"]);
    expect(await kindsFor(scene.member.id)).toEqual(["offer_expired"]);
    expect(await kindsFor(other.volunteer.id)).toEqual([]);
    const db = await getDb();
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "placement.expired"), eq(auditLog.objectId, lapsed.id)));
    expect(audits).toHaveLength(1);
    expect(audits[0].actorId).toBeNull();

    // the slot is free again
    const taken = await createPlacementRow({ needId: scene.need.id, volunteerId: second.id, period: "[2031-07-01,2031-07-10)" });
    expect(taken.status).toBe("offered");
  });
});

describe("reminding before an offer lapses", () => {
  it("reminds once, only within 48 hours of the deadline", async () => {
    const now = new Date("2033-05-10T12:00:00Z");
    const soon = await createPlacementScene();
    const p1 = await createPlacementRow({
      needId: soon.need.id,
      volunteerId: soon.volunteer.id,
      period: "[2031-06-01,2031-06-15)",
      offerExpiresAt: new Date(now.getTime() + 47 * HOUR),
    });
    const later = await createPlacementScene();
    const p2 = await createPlacementRow({
      needId: later.need.id,
      volunteerId: later.volunteer.id,
      period: "[2031-06-01,2031-06-15)",
      offerExpiresAt: new Date(now.getTime() + 49 * HOUR),
    });

    const db = await getDb();
    expect(await remindLapsingOffers(db, now)).toBe(1);
    expect(await remindLapsingOffers(db, new Date(now.getTime() + HOUR))).toBe(1); // p2 now inside the window
    expect(await remindLapsingOffers(db, new Date(now.getTime() + 2 * HOUR))).toBe(0);
    expect(await kindsFor(soon.volunteer.id)).toEqual(["offer_lapsing"]);
    expect(await kindsFor(later.volunteer.id)).toEqual(["offer_lapsing"]);
    const [row] = await db.select().from(placements).where(eq(placements.id, p1.id));
    expect(row.reminderSentAt?.toISOString()).toBe(now.toISOString());
    const [n] = await db.select().from(notifications).where(eq(notifications.userId, soon.volunteer.id));
    expect(n.params).toMatchObject({ needTitle: soon.need.title, expiresAt: new Date(now.getTime() + 47 * HOUR).toISOString() });
    expect(n.link).toBe(`/volunteer/offers#offer-${p1.id}`);
    expect((await db.select().from(placements).where(eq(placements.id, p2.id)))[0].reminderSentAt).not.toBeNull();
  });
});

describe("moving placements along their dates", () => {
  it("announces 7 days ahead, starts on the first day, completes after the last day with a report due", async () => {
    const scene = await createPlacementScene({ title: "Nandurbar PHC" });
    // first day 2031-03-10, last day 2031-03-19 (range end exclusive)
    const p = await createPlacementRow({ needId: scene.need.id, volunteerId: scene.volunteer.id, period: "[2031-03-10,2031-03-20)", status: "scheduled" });
    const db = await getDb();
    const at = (d: string) => new Date(`${d}T06:00:00Z`);

    expect(await advancePlacements(db, at("2031-03-02"))).toEqual({ started: 0, completed: 0, startingSoon: 0 });
    expect(await advancePlacements(db, at("2031-03-03"))).toEqual({ started: 0, completed: 0, startingSoon: 1 });
    expect(await advancePlacements(db, at("2031-03-04"))).toEqual({ started: 0, completed: 0, startingSoon: 0 });
    expect(await kindsFor(scene.volunteer.id)).toEqual(["placement_starting"]);
    expect(await kindsFor(scene.member.id)).toEqual(["placement_starting"]);

    expect(await advancePlacements(db, at("2031-03-10"))).toMatchObject({ started: 1, completed: 0 });
    expect(await statusOf(p.id)).toBe("active");
    expect(await advancePlacements(db, at("2031-03-19"))).toMatchObject({ started: 0, completed: 0 });
    expect(await statusOf(p.id)).toBe("active");
    expect(await advancePlacements(db, at("2031-03-20"))).toMatchObject({ started: 0, completed: 1 });
    expect(await statusOf(p.id)).toBe("completed");
    expect(await advancePlacements(db, at("2031-03-21"))).toEqual({ started: 0, completed: 0, startingSoon: 0 });

    expect(await kindsFor(scene.volunteer.id)).toEqual(["placement_starting", "report_due"]);
    expect(await kindsFor(scene.member.id)).toEqual(["placement_starting", "report_due"]);
    const actions = (await db.select({ a: auditLog.action }).from(auditLog).where(eq(auditLog.objectId, p.id))).map((r) => r.a).sort();
    expect(actions).toEqual(["placement.completed", "placement.started"]);
  });

  it("catches up a scheduled placement whose whole period passed while jobs were not running", async () => {
    const scene = await createPlacementScene();
    const p = await createPlacementRow({ needId: scene.need.id, volunteerId: scene.volunteer.id, period: "[2031-01-01,2031-01-05)", status: "scheduled" });
    const db = await getDb();
    expect(await advancePlacements(db, new Date("2031-02-01T00:00:00Z"))).toMatchObject({ started: 1, completed: 1 });
    expect(await statusOf(p.id)).toBe("completed");
    // offered placements never start by themselves
    const other = await createPlacementScene();
    const offered = await createPlacementRow({ needId: other.need.id, volunteerId: other.volunteer.id, period: "[2031-01-01,2031-01-05)" });
    await advancePlacements(db, new Date("2031-02-01T00:00:00Z"));
    expect(await statusOf(offered.id)).toBe("offered");
    const n = await db
      .select()
      .from(notifications)
      .where(like(notifications.dedupeKey, `report_due:${p.id}:%`));
    expect(n).toHaveLength(2);
  });
});
