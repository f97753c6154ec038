import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { getDb } from "@/db/client";
import { calendarTokens, organizationMembers, users } from "@/db/schema";
import { buildPlacementCalendar } from "@/lib/data/calendar/calendar-placements";
import {
  createCalendarToken,
  hashToken,
  listCalendarTokens,
  MAX_ACTIVE_TOKENS,
  revokeCalendarToken,
  viewerForActor,
} from "@/lib/data/calendar/calendar-tokens";
import { GET as feed } from "@/app/api/v1/calendar/feed/[token]/route";
import { addDays, todayUtc } from "@/lib/validation/calendar-dates";
import { useTestDb } from "../fixtures/db";
import { actorFor, createActor, createUser } from "../fixtures/actors";
import { createNeedRow, createPlacementRow, createPlacementScene } from "../fixtures/placement-rows";
import { outcomeOf } from "../fixtures/app-error";

useTestDb();

function events(ics: string) {
  const comp = new ICAL.Component(ICAL.parse(ics));
  return comp.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      status: v.getFirstPropertyValue("status"),
    };
  });
}

const fetchFeed = (token: string) => feed(new Request(`http://localhost/api/v1/calendar/feed/${token}`), { params: Promise.resolve({ token }) });

const today = todayUtc();
const range = (fromToday: number, days: number) => `[${addDays(today, fromToday)},${addDays(today, fromToday + days)})`;

describe("placement calendars", () => {
  it("shows each side its own placements with stable UIDs and all-day dates", async () => {
    const scene = await createPlacementScene({ title: "Gadchiroli PHC, rural care" });
    const scheduled = await createPlacementRow({ needId: scene.need.id, volunteerId: scene.volunteer.id, period: range(10, 14), status: "scheduled" });
    const offered = await createPlacementRow({
      needId: (await createNeedRow(scene.org.id, { title: "Offered camp" })).id,
      volunteerId: scene.volunteer.id,
      period: range(40, 7),
    });
    await createPlacementRow({
      needId: (await createNeedRow(scene.org.id, { title: "Declined camp" })).id,
      volunteerId: scene.volunteer.id,
      period: range(60, 7),
      status: "declined",
    });
    const stranger = await createPlacementScene({ title: "Someone else's camp" });
    await createPlacementRow({ needId: stranger.need.id, volunteerId: stranger.volunteer.id, period: range(5, 5), status: "scheduled" });

    const volunteer = actorFor(scene.volunteer, ["volunteer"]);
    const mine = events((await buildPlacementCalendar(await viewerForActor(volunteer)))!);
    expect(mine.map((e) => e.uid)).toEqual([`placement-${scheduled.id}@skillflow`, `placement-${offered.id}@skillflow`]);
    expect(mine[0]).toMatchObject({
      summary: "SkillFlow placement: Gadchiroli PHC, rural care",
      start: addDays(today, 10),
      end: addDays(today, 24),
      status: "CONFIRMED",
    });
    expect(mine[1].status).toBe("TENTATIVE");
    expect(mine[0].description).not.toContain("Volunteer:"); // their own name is not repeated to them

    // the organisation sees only confirmed placements at its needs, with the volunteer's name
    const org = events((await buildPlacementCalendar(await viewerForActor(scene.orgActor)))!);
    expect(org.map((e) => e.uid)).toEqual([`placement-${scheduled.id}@skillflow`]);
    expect(org[0].description).toContain("Volunteer: Dr Asha Patil");

    // coordinators see every live placement in a window around today
    const coordinator = await createActor(["coordinator"]);
    await createPlacementRow({
      needId: (await createNeedRow(stranger.org.id, { title: "Far future" })).id,
      volunteerId: stranger.volunteer.id,
      period: range(500, 5),
      status: "scheduled",
    });
    const all = events((await buildPlacementCalendar(await viewerForActor(coordinator)))!);
    expect(all.map((e) => e.summary).sort()).toEqual(
      ["SkillFlow placement: Gadchiroli PHC, rural care", "SkillFlow placement: Offered camp", "SkillFlow placement: Someone else's camp"].sort(),
    );

    // admins hold no calendar permission at all
    expect(await outcomeOf(viewerForActor(await createActor(["admin"])))).toBe("forbidden");
  });
});

describe("subscription tokens", () => {
  it("serves the feed by token, stores only its hash, and stops after revocation", async () => {
    const scene = await createPlacementScene({ title: "Beed eye camp" });
    await createPlacementRow({ needId: scene.need.id, volunteerId: scene.volunteer.id, period: range(3, 10), status: "scheduled" });
    const volunteer = actorFor(scene.volunteer, ["volunteer"]);
    const { id, token, url } = await createCalendarToken(volunteer);
    expect(url).toMatch(new RegExp(`/api/v1/calendar/feed/${token}\\.ics$`));

    const db = await getDb();
    const [stored] = await db.select().from(calendarTokens).where(eq(calendarTokens.id, id));
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const res = await fetchFeed(`${token}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const body = await res.text();
    expect(events(body).map((e) => e.summary)).toEqual(["SkillFlow placement: Beed eye camp"]);

    // someone else cannot revoke it; the owner can, and the feed answers 404 afterwards
    const other = await createActor(["volunteer"]);
    expect(await outcomeOf(revokeCalendarToken(other, { id }))).toBe("not_found");
    expect((await fetchFeed(`${token}.ics`)).status).toBe(200);
    await revokeCalendarToken(volunteer, { id });
    expect((await fetchFeed(`${token}.ics`)).status).toBe(404);
    expect(await listCalendarTokens(volunteer)).toEqual([]);
    expect(await outcomeOf(revokeCalendarToken(volunteer, { id }))).toBe("not_found");
  });

  it("answers 404 for malformed and unknown tokens and for deactivated accounts", async () => {
    expect((await fetchFeed("not-a-token.ics")).status).toBe(404);
    expect((await fetchFeed(`${"A".repeat(43)}.ics`)).status).toBe(404);
    const user = await createUser({ roles: ["volunteer"] });
    const actor = actorFor(user, ["volunteer"]);
    const { token } = await createCalendarToken(actor);
    expect((await fetchFeed(token)).status).toBe(200);
    const db = await getDb();
    await db.update(users).set({ status: "deactivated" }).where(eq(users.id, user.id));
    expect((await fetchFeed(token)).status).toBe(404);
  });

  it("reads roles and memberships at request time, and limits active links", async () => {
    const scene = await createPlacementScene({ title: "Latur district hospital" });
    await createPlacementRow({ needId: scene.need.id, volunteerId: scene.volunteer.id, period: range(1, 5), status: "active" });
    const { token } = await createCalendarToken(scene.orgActor);
    expect(events(await (await fetchFeed(token)).text())).toHaveLength(1);
    const db = await getDb();
    await db.delete(organizationMembers).where(eq(organizationMembers.userId, scene.member.id));
    expect(events(await (await fetchFeed(token)).text())).toHaveLength(0);

    for (let i = 1; i < MAX_ACTIVE_TOKENS; i++) await createCalendarToken(scene.orgActor);
    expect(await listCalendarTokens(scene.orgActor)).toHaveLength(MAX_ACTIVE_TOKENS);
    expect(await outcomeOf(createCalendarToken(scene.orgActor))).toBe("rule_violation");
  });
});
