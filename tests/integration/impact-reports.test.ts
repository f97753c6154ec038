// Service reports and two-way feedback: who may file, confirm and rate, what the figures may be,
// and that a refusal changes nothing (issue 7 "Bad input", DESIGN rules 6 and 8).
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, feedback, serviceReports } from "@/db/schema";
import { confirmServiceReport } from "@/lib/data/impact/confirm-service-report";
import { getPlacementImpact } from "@/lib/data/impact/get-placement-impact";
import { leaveFeedback } from "@/lib/data/impact/leave-feedback";
import { listImpactPlacements } from "@/lib/data/impact/list-impact-placements";
import { saveServiceReport } from "@/lib/data/impact/save-service-report";
import { feedbackInputFromForm } from "@/lib/validation/impact";
import { AppError } from "@/lib/errors";
import type { SignedInActor } from "@/lib/auth/actor.types";
import { useTestDb } from "../fixtures/db";
import { actorFor, createActor, createOrganization } from "../fixtures/actors";
import { insertNeed, insertPlacement, insertVolunteer, reportFigures } from "../fixtures/impact";

useTestDb();

const outcome = async (p: Promise<unknown>) => {
  try {
    await p;
    return { code: "ok" as const, fields: {} as Record<string, string[]> };
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, fields: e.fieldErrors, key: e.messageKey };
    throw e;
  }
};

let volunteer: SignedInActor;
let otherVolunteer: SignedInActor;
let orgActor: SignedInActor;
let otherOrgActor: SignedInActor;
let coordinator: SignedInActor;
let completedId: string;
let scheduledId: string;

beforeAll(async () => {
  const a = await createOrganization({ name: "DHO Pune" });
  const b = await createOrganization({ name: "DHO Nagpur" });
  orgActor = a.actor;
  otherOrgActor = b.actor;
  coordinator = await createActor(["coordinator"]);
  const v = await insertVolunteer({ name: "Dr Asha Patil", country: "US" });
  const w = await insertVolunteer({ name: "Dr Ravi Kulkarni", country: "GB" });
  volunteer = actorFor(v, ["volunteer"]);
  otherVolunteer = actorFor(w, ["volunteer"]);
  const need = await insertNeed({ organizationId: a.org.id, title: "OPD cover, Junnar PHC", type: "rural_primary_care", districtCode: 490, slots: 3 });
  // 10 days: [1 Feb, 11 Feb)
  completedId = (await insertPlacement({ needId: need.id, volunteerId: v.id, period: "[2026-02-01,2026-02-11)" })).id;
  scheduledId = (await insertPlacement({ needId: need.id, volunteerId: w.id, period: "[2026-06-01,2026-06-11)", status: "scheduled" })).id;
});

describe("service report: validation", () => {
  it("refuses hours beyond 24 × days, days beyond the placement, negatives and junk, writing nothing", async () => {
    const db = await getDb();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ daysServed: 2, hours: 49 }, "hours", "impact.errors.hoursOverDays"],
      [{ daysServed: 11, hours: 60 }, "daysServed", "impact.errors.daysOverPlacement"],
      [{ patientsSeen: -1 }, "patientsSeen", "impact.errors.negative"],
      [{ staffTrained: "2.5" }, "staffTrained", "impact.errors.wholeNumber"],
      [{ sessionsTaught: "lots" }, "sessionsTaught", "invalid"],
      [{ daysServed: "" }, "daysServed", "required"],
      [{ daysServed: 0, hours: 0 }, "daysServed", "impact.errors.atLeastOneDay"],
      [{ daysServed: 1, hours: 8, patientsSeen: 501 }, "patientsSeen", "impact.errors.implausible"],
    ];
    for (const [change, field, message] of cases) {
      const r = await outcome(saveServiceReport(volunteer, reportFigures({ placementId: completedId, ...change })));
      expect(r.code, JSON.stringify(change)).toBe("invalid_input");
      expect(r.fields[field], JSON.stringify(change)).toContain(message);
    }
    expect(await db.select().from(serviceReports)).toHaveLength(0);
  });

  it("reports every error at once: days beyond the placement, hours beyond the days, and a bad field (issue 18)", async () => {
    const r = await outcome(saveServiceReport(volunteer, reportFigures({ placementId: completedId, daysServed: 11, hours: 60, sessionsTaught: "lots" })));
    expect(r.code).toBe("invalid_input");
    expect(r.fields.daysServed).toContain("impact.errors.daysOverPlacement");
    expect(r.fields.sessionsTaught).toContain("invalid");
    const s = await outcome(saveServiceReport(volunteer, reportFigures({ placementId: completedId, daysServed: 2, hours: 49, narrative: "x".repeat(5001) })));
    expect(s.fields.hours).toContain("impact.errors.hoursOverDays");
    expect(s.fields.narrative).toContain("too_long");
    // someone else's placement: its length is not used (nor revealed); the refusal stays not_found
    const o = await outcome(saveServiceReport(otherVolunteer, reportFigures({ placementId: completedId, daysServed: 11, hours: 60, sessionsTaught: "lots" })));
    expect(o.fields.daysServed).toBeUndefined();
  });

  it("accepts a report filling the placement exactly (10 days, 240 hours)", async () => {
    const r = await saveServiceReport(volunteer, reportFigures({ placementId: completedId, daysServed: 10, hours: 240, intent: "draft" }));
    expect(r).toEqual({ placementId: completedId, status: "draft" });
  });
});

describe("service report: who may file it", () => {
  it("answers not_found to another volunteer and to an organisation's member, forbidden to a coordinator", async () => {
    expect((await outcome(saveServiceReport(otherVolunteer, reportFigures({ placementId: completedId })))).code).toBe("not_found");
    expect((await outcome(saveServiceReport(orgActor, reportFigures({ placementId: completedId })))).code).toBe("not_found");
    expect((await outcome(saveServiceReport(coordinator, reportFigures({ placementId: completedId })))).code).toBe("forbidden");
    // an id that does not exist answers exactly like someone else's
    expect((await outcome(saveServiceReport(otherVolunteer, reportFigures({ placementId: "00000000-0000-4000-8000-000000000000" })))).code).toBe("not_found");
  });

  it("refuses a placement that is not completed", async () => {
    const r = await outcome(saveServiceReport(otherVolunteer, reportFigures({ placementId: scheduledId })));
    expect(r).toMatchObject({ code: "rule_violation", key: "impact.errors.notCompleted" });
  });

  it("keeps a draft private from the organisation until submitted", async () => {
    const orgView = await getPlacementImpact(orgActor, { placementId: completedId, side: "organization" });
    expect(orgView.report).toBeNull();
    expect((await listImpactPlacements(orgActor, "organization"))[0]).toMatchObject({ placementId: completedId, reportStatus: null });
    expect((await outcome(confirmServiceReport(orgActor, reportFigures({ placementId: completedId })))).key).toBe("impact.errors.reportNotSubmitted");
    await saveServiceReport(volunteer, reportFigures({ placementId: completedId }));
    const after = await getPlacementImpact(orgActor, { placementId: completedId, side: "organization" });
    expect(after.report).toMatchObject({ status: "submitted", daysServed: 10, hours: 60, patientsSeen: 120 });
    expect(after.placement.volunteerName).toBe("Dr Asha Patil");
  });
});

describe("confirmation", () => {
  it("only the need's organisation confirms; the other organisation gets not_found", async () => {
    expect((await outcome(confirmServiceReport(otherOrgActor, reportFigures({ placementId: completedId })))).code).toBe("not_found");
    expect((await outcome(confirmServiceReport(volunteer, reportFigures({ placementId: completedId })))).code).toBe("not_found");
  });

  it("applies the organisation's corrections, keeps what was reported, audits it, and freezes the report", async () => {
    const db = await getDb();
    const res = await confirmServiceReport(orgActor, { ...reportFigures({ placementId: completedId, patientsSeen: 95 }), note: "OPD register shows 95" });
    expect(res.corrections).toEqual({ patientsSeen: { reported: 120, corrected: 95 } });
    const [row] = await db.select().from(serviceReports).where(eq(serviceReports.placementId, completedId));
    expect(row).toMatchObject({ status: "confirmed", patientsSeen: 95, confirmedBy: orgActor.id });
    expect(row.corrections).toEqual({ figures: { patientsSeen: { reported: 120, corrected: 95 } }, note: "OPD register shows 95" });
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.objectId, completedId), eq(auditLog.action, "report.corrected_and_confirmed")));
    expect(audits).toHaveLength(1);
    expect(audits[0].actorId).toBe(orgActor.id);
    expect(audits[0].before).toMatchObject({ patientsSeen: 120 });
    expect(audits[0].after).toMatchObject({ patientsSeen: 95 });
    // confirmed: neither side can change it any more
    expect((await outcome(saveServiceReport(volunteer, reportFigures({ placementId: completedId, hours: 70 })))).key).toBe("impact.errors.reportConfirmed");
    expect((await outcome(confirmServiceReport(orgActor, reportFigures({ placementId: completedId })))).key).toBe("impact.errors.reportConfirmed");
    const [still] = await db.select().from(serviceReports).where(eq(serviceReports.placementId, completedId));
    expect(still.hours).toBe(60);
  });
});

describe("feedback", () => {
  const volunteerRatings = { rating_preparation: "4", rating_onSiteSupport: "5", rating_roleClarity: "3", rating_logistics: "4" };

  it("validates every named aspect 1–5 and refuses unknown aspects", async () => {
    const bad = await outcome(
      leaveFeedback(
        volunteer,
        feedbackInputFromForm({ side: "volunteer", placementId: completedId, ...volunteerRatings, rating_logistics: "6", rating_roleClarity: "" }),
      ),
    );
    expect(bad.code).toBe("invalid_input");
    expect(bad.fields["ratings.logistics"]).toContain("impact.errors.ratingRange");
    expect(bad.fields["ratings.roleClarity"]).toContain("required");
    const extra = await outcome(
      leaveFeedback(volunteer, {
        side: "volunteer",
        placementId: completedId,
        ratings: { preparation: 4, onSiteSupport: 4, roleClarity: 4, logistics: 4, salary: 1 },
        comment: "",
      }),
    );
    expect(extra.code).toBe("invalid_input");
    // the organisation's aspects are not the volunteer's
    const wrongSide = await outcome(
      leaveFeedback(orgActor, {
        side: "organization",
        placementId: completedId,
        ratings: { preparation: 4, onSiteSupport: 4, roleClarity: 4, logistics: 4 },
        comment: "",
      }),
    );
    expect(wrongSide.code).toBe("invalid_input");
  });

  it("each side rates once, only for its own placement", async () => {
    const db = await getDb();
    expect(
      (await outcome(leaveFeedback(otherVolunteer, feedbackInputFromForm({ side: "volunteer", placementId: completedId, ...volunteerRatings })))).code,
    ).toBe("not_found");
    // a volunteer cannot rate from the organisation's side, nor another organisation
    expect(
      (
        await outcome(
          leaveFeedback(volunteer, {
            side: "organization",
            placementId: completedId,
            ratings: { clinicalSkill: 5, teaching: 5, communication: 5, reliability: 5 },
            comment: "",
          }),
        )
      ).code,
    ).toBe("not_found");
    expect(
      (
        await outcome(
          leaveFeedback(otherOrgActor, {
            side: "organization",
            placementId: completedId,
            ratings: { clinicalSkill: 5, teaching: 5, communication: 5, reliability: 5 },
            comment: "",
          }),
        )
      ).code,
    ).toBe("not_found");
    expect(
      (await outcome(leaveFeedback(otherVolunteer, feedbackInputFromForm({ side: "volunteer", placementId: scheduledId, ...volunteerRatings })))).key,
    ).toBe("impact.errors.notCompleted");

    await leaveFeedback(volunteer, feedbackInputFromForm({ side: "volunteer", placementId: completedId, ...volunteerRatings, comment: "Well organised" }));
    await leaveFeedback(orgActor, {
      side: "organization",
      placementId: completedId,
      ratings: { clinicalSkill: 5, teaching: 4, communication: 5, reliability: 4 },
      comment: "Excellent",
    });
    const again = await outcome(leaveFeedback(volunteer, feedbackInputFromForm({ side: "volunteer", placementId: completedId, ...volunteerRatings })));
    expect(again).toMatchObject({ code: "conflict", key: "impact.errors.feedbackExists" });
    const rows = await db.select().from(feedback).where(eq(feedback.placementId, completedId));
    expect(rows.map((r) => r.fromSide).sort()).toEqual(["organization", "volunteer"]);

    const vView = await getPlacementImpact(volunteer, { placementId: completedId, side: "volunteer" });
    expect(vView.ownFeedback).toMatchObject({ ratings: { preparation: 4, onSiteSupport: 5, roleClarity: 3, logistics: 4 }, comment: "Well organised" });
    const list = await listImpactPlacements(volunteer, "volunteer");
    expect(list).toEqual([expect.objectContaining({ placementId: completedId, reportStatus: "confirmed", feedbackLeft: true })]);
  });

  it("the report page of someone else's placement is not found", async () => {
    expect((await outcome(getPlacementImpact(otherVolunteer, { placementId: completedId, side: "volunteer" }))).code).toBe("not_found");
    expect((await outcome(getPlacementImpact(otherOrgActor, { placementId: completedId, side: "organization" }))).code).toBe("not_found");
    expect((await outcome(getPlacementImpact(volunteer, { placementId: "not-a-uuid", side: "volunteer" }))).code).toBe("not_found");
  });
});
