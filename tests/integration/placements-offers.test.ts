// Offers and placements after approval: only the volunteer answers, lapsed offers cannot be
// accepted, ending a placement needs a reason and frees the slot, and the organisation sees contact
// details only from "scheduled", with every disclosure recorded (DESIGN rules 2, 6, 7).
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, disclosures, notifications, placements, volunteerProfiles } from "@/db/schema";
import { approveMatch } from "@/lib/data/matches/approve-match";
import { confirmArrival } from "@/lib/data/placements/confirm-arrival";
import { cancelPlacement, withdrawPlacement } from "@/lib/data/placements/end-placement";
import { listMyPlacements } from "@/lib/data/placements/list-my-offers";
import { getOrganizationPlacement, listOrganizationPlacements } from "@/lib/data/placements/organization-placements";
import { acceptOffer, declineOffer } from "@/lib/data/placements/respond-to-offer";
import type { SignedInActor } from "@/lib/auth/actor.types";
import { useTestDb } from "../fixtures/db";
import { createActor, createOrganization } from "../fixtures/actors";
import { createMatch, createNeed, createVolunteer } from "../fixtures/domain";
import { outcomeOf } from "../fixtures/app-error";

const keyedOutcome = (p: Promise<unknown>) => outcomeOf(p, true);

useTestDb();
let coordinator: SignedInActor;
beforeAll(async () => {
  coordinator = await createActor(["coordinator"]);
});

/** ESCO's "general practitioner" (db/reference/health_occupations_esco.csv). */
const GENERAL_PRACTITIONER = "71f09c8b-a172-408c-b9e7-32e580e39ff6";

async function offered(needOpts: Parameters<typeof createNeed>[0] = {}) {
  const v = await createVolunteer();
  const n = await createNeed(needOpts);
  const m = await createMatch({ needId: n.need.id, volunteerId: v.id });
  const { placementId } = await approveMatch(coordinator, { matchId: m.id, firstDay: "2031-03-01", lastDay: "2031-03-31" });
  return { v, ...n, m, placementId };
}

describe("answering an offer", () => {
  it("the volunteer accepts: scheduled, the organisation is told, audited", async () => {
    const { v, placementId, orgMember } = await offered();
    await acceptOffer(v.actor, { placementId });
    const db = await getDb();
    const [p] = await db.select().from(placements).where(eq(placements.id, placementId));
    expect(p.status).toBe("scheduled");
    const told = await db.select().from(notifications).where(eq(notifications.userId, orgMember!.id));
    expect(told.map((n) => n.kind)).toEqual(["offer_accepted"]);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.objectId, placementId), eq(auditLog.action, "placement.accepted")));
    expect(audit).toHaveLength(1);
    expect(await keyedOutcome(acceptOffer(v.actor, { placementId }))).toBe("conflict:placements.errors.notOffered");
  });

  it("only the volunteer themself may answer; others get 404 and nothing changes", async () => {
    const { placementId, orgActor } = await offered();
    const other = await createVolunteer();
    expect(await keyedOutcome(acceptOffer(other.actor, { placementId }))).toBe("not_found:errors.not_found");
    expect(await keyedOutcome(acceptOffer(orgActor!, { placementId }))).toBe("not_found:errors.not_found");
    expect(await keyedOutcome(acceptOffer(coordinator, { placementId }))).toBe("not_found:errors.not_found");
    const db = await getDb();
    const [p] = await db.select().from(placements).where(eq(placements.id, placementId));
    expect(p.status).toBe("offered");
  });

  it("declining needs a reason, frees the slot and tells the organisation", async () => {
    const { v, placementId, need, orgMember } = await offered({ slots: 1 });
    expect(await keyedOutcome(declineOffer(v.actor, { placementId, reason: "" }))).toBe("invalid_input:errors.invalid_input");
    await declineOffer(v.actor, { placementId, reason: "Family commitments in March" });
    const db = await getDb();
    const [p] = await db.select().from(placements).where(eq(placements.id, placementId));
    expect(p).toMatchObject({ status: "declined", statusReason: "Family commitments in March" });
    const told = await db.select().from(notifications).where(eq(notifications.userId, orgMember!.id));
    expect(told[0]).toMatchObject({ kind: "offer_declined" });
    expect(told[0].params).toMatchObject({ reason: "Family commitments in March" });
    // the one slot is free again: another volunteer can be approved for the same dates
    const w = await createVolunteer();
    const m2 = await createMatch({ needId: need.id, volunteerId: w.id });
    await approveMatch(coordinator, { matchId: m2.id, firstDay: "2031-03-01", lastDay: "2031-03-31" });
  });

  it("a lapsed offer cannot be accepted, even before the expiry job ran", async () => {
    const { v, placementId } = await offered();
    const db = await getDb();
    await db
      .update(placements)
      .set({ offerExpiresAt: new Date(Date.now() - 60_000) })
      .where(eq(placements.id, placementId));
    expect(await keyedOutcome(acceptOffer(v.actor, { placementId }))).toBe("rule_violation:placements.errors.offerLapsed");
    const [p] = await db.select().from(placements).where(eq(placements.id, placementId));
    expect(p.status).toBe("offered");
  });

  it("the volunteer sees their own offers only", async () => {
    const { v, placementId, need } = await offered();
    const mine = await listMyPlacements(v.actor);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ id: placementId, status: "offered", firstDay: "2031-03-01", lastDay: "2031-03-31", need: { id: need.id } });
    const other = await createVolunteer();
    expect(await listMyPlacements(other.actor)).toEqual([]);
  });
});

describe("ending a placement before completion", () => {
  it("the volunteer withdraws from a scheduled placement with a reason; an open offer must be declined instead", async () => {
    const { v, placementId } = await offered();
    expect(await keyedOutcome(withdrawPlacement(v.actor, { placementId, reason: "Visa delayed" }))).toBe("rule_violation:placements.errors.declineInstead");
    await acceptOffer(v.actor, { placementId });
    await withdrawPlacement(v.actor, { placementId, reason: "Visa delayed" });
    const db = await getDb();
    const [p] = await db.select().from(placements).where(eq(placements.id, placementId));
    expect(p).toMatchObject({ status: "withdrawn", statusReason: "Visa delayed" });
    // The organisation is told, with the reason; the volunteer, who acted, is not.
    const told = (await db.select().from(notifications).where(eq(notifications.kind, "placement_withdrawn"))).filter((x) =>
      x.dedupeKey?.startsWith(`placement_withdrawn:${placementId}:`),
    );
    expect(told.length).toBeGreaterThan(0);
    expect(told.every((x) => x.userId !== v.id && x.link === `/organization/placements/${placementId}`)).toBe(true);
    expect(told.every((x) => (x.params as { reason?: string }).reason === "Visa delayed")).toBe(true);
    expect(await keyedOutcome(withdrawPlacement(v.actor, { placementId, reason: "again" }))).toBe("conflict:placements.errors.notLive");
  });

  it("a coordinator cancels with a reason; the volunteer's dates are free again", async () => {
    const { v, placementId, orgActor } = await offered();
    expect(await keyedOutcome(cancelPlacement(orgActor!, { placementId, reason: "x" }))).toBe("not_found:errors.not_found");
    expect(await keyedOutcome(cancelPlacement(v.actor, { placementId, reason: "x" }))).toBe("not_found:errors.not_found");
    await cancelPlacement(coordinator, { placementId, reason: "Camp postponed by the district" });
    const db = await getDb();
    const [p] = await db.select().from(placements).where(eq(placements.id, placementId));
    expect(p).toMatchObject({ status: "cancelled", statusReason: "Camp postponed by the district" });
    // The volunteer and the organisation are told (the coordinator, who acted, is not).
    const told = (await db.select().from(notifications).where(eq(notifications.kind, "placement_cancelled"))).filter((x) =>
      x.dedupeKey?.startsWith(`placement_cancelled:${placementId}:`),
    );
    expect(told.map((x) => x.userId)).toContain(v.id);
    expect(told.some((x) => x.userId === orgActor!.id)).toBe(true);
    expect(told.some((x) => x.userId === coordinator.id)).toBe(false);
    expect(told.every((x) => (x.params as { reason?: string }).reason === "Camp postponed by the district")).toBe(true);
    const { need } = await createNeed();
    const m = await createMatch({ needId: need.id, volunteerId: v.id });
    await approveMatch(coordinator, { matchId: m.id, firstDay: "2031-03-10", lastDay: "2031-03-31" });
  });
});

describe("the organisation's side", () => {
  it("contact details only from scheduled, only for its own need, each disclosure recorded", async () => {
    const { v, placementId, orgActor } = await offered();
    const db = await getDb();
    const early = await getOrganizationPlacement(orgActor!, placementId);
    expect(early.contact).toBeNull();
    expect(early.volunteerName).toBe("Dr Meera Kulkarni");
    // The code beside the English label lets the page name the profession in the reader's language.
    expect(early.professionCode).toBeNull();
    await db.update(volunteerProfiles).set({ professionCode: GENERAL_PRACTITIONER }).where(eq(volunteerProfiles.userId, v.id));
    const named = await getOrganizationPlacement(orgActor!, placementId);
    expect(named).toMatchObject({ profession: "general practitioner", professionCode: GENERAL_PRACTITIONER });
    expect((await listOrganizationPlacements(orgActor!)).find((r) => r.id === placementId)).toMatchObject({ professionCode: GENERAL_PRACTITIONER });
    expect(await db.select().from(disclosures).where(eq(disclosures.placementId, placementId))).toHaveLength(0);

    await acceptOffer(v.actor, { placementId });
    const seen = await getOrganizationPlacement(orgActor!, placementId);
    expect(seen.contact).toEqual({ email: v.actor.email, phone: "+44 7700 900123" });
    await getOrganizationPlacement(orgActor!, placementId);
    const rows = await db.select().from(disclosures).where(eq(disclosures.placementId, placementId));
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.viewerId === orgActor!.id && r.what === "contact")).toBe(true);

    const stranger = await createOrganization();
    expect(await keyedOutcome(getOrganizationPlacement(stranger.actor, placementId))).toBe("not_found:errors.not_found");
    expect((await listOrganizationPlacements(stranger.actor)).map((p) => p.id)).not.toContain(placementId);
    expect((await listOrganizationPlacements(orgActor!)).map((p) => p.id)).toContain(placementId);
    expect(await db.select().from(disclosures).where(eq(disclosures.placementId, placementId))).toHaveLength(2);
  });

  it("confirms arrival details once scheduled, audited; not before, not for another organisation", async () => {
    const { v, placementId, orgActor } = await offered();
    expect(await keyedOutcome(confirmArrival(orgActor!, { placementId, arrivalDetails: "Report to the PHC at 9:00" }))).toBe(
      "rule_violation:placements.errors.notScheduled",
    );
    await acceptOffer(v.actor, { placementId });
    const stranger = await createOrganization();
    expect(await keyedOutcome(confirmArrival(stranger.actor, { placementId, arrivalDetails: "x" }))).toBe("not_found:errors.not_found");
    await confirmArrival(orgActor!, { placementId, arrivalDetails: "Report to the PHC at 9:00; housing in the staff quarters" });
    const mine = await listMyPlacements(v.actor);
    expect(mine[0].arrivalDetails).toBe("Report to the PHC at 9:00; housing in the staff quarters");
    const db = await getDb();
    expect(
      await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.objectId, placementId), eq(auditLog.action, "placement.arrival_confirmed"))),
    ).toHaveLength(1);
  });
});
