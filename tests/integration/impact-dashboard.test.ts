// The impact dashboards against hand-computed figures on a small fixed programme, the small-count
// suppression of the public version, the CSV export, and the facts fed to matching.
//
// The programme (all in 2026; periods are half-open):
//   N1 Pune (490, Pune div.)        rural_primary_care, spec 08, 10 slots: v1..v6, [02-01,02-11) = 10 days each
//   N2 Gadchiroli (475, Nagpur div.) specialist_camp,   spec 06,  3 slots: v7, v8 completed, v9 scheduled, [03-01,03-06) = 5 days
//   N3 Raigad (491, Konkan div.)     teaching,          no spec,  2 slots, closed: v1, v10, [04-01,04-08) = 7 days
//   N4 Nagpur (484, Nagpur div.)     tele_mentoring,    no spec,  1 slot, published 01-15: v11 declined (an offer, not service)
//   N5 Pune (490, Pune div.)         specialist_camp,   spec 11,  5 slots: v12..v16, [05-01,05-05) = 4 days
// Volunteers v1..v20 register on 2026-01-01, v21 on 2026-01-05; vi's first offer is made i days later (v17..v21 never).
// Countries: v1..v10 US, v12..v16 GB, v17..v19 CA, v11, v20, v21 AE.
import { beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { placements } from "@/db/schema";
import { anonymous, type SignedInActor } from "@/lib/auth/actor.types";
import { confirmServiceReport } from "@/lib/data/impact/confirm-service-report";
import { exportImpactCsv } from "@/lib/data/impact/export-impact-csv";
import { getImpactDashboard } from "@/lib/data/impact/get-impact-dashboard";
import { leaveFeedback } from "@/lib/data/impact/leave-feedback";
import { getOrgFeedbackSummary } from "@/lib/data/impact/org-feedback-summary";
import { pastServiceFacts } from "@/lib/data/impact/past-service";
import { saveServiceReport } from "@/lib/data/impact/save-service-report";
import { useTestDb } from "../fixtures/db";
import { actorFor, createActor, createOrganization } from "../fixtures/actors";
import { insertNeed, insertPlacement, insertVolunteer, reportFigures } from "../fixtures/impact";
import { outcomeOf } from "../fixtures/app-error";

useTestDb();

let coordinator: SignedInActor;
let orgA: { id: string; actor: SignedInActor };
const vol: { id: string; email: string; name: string }[] = [];
const n1Placements: string[] = [];
let v1N3Placement = "";
let n1Id = "";
let n4Id = "";

const day = (d: number) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString();

beforeAll(async () => {
  const a = await createOrganization({ name: "DHO Pune" });
  const b = await createOrganization({ name: "DHO Nagpur" });
  const c = await createOrganization({ name: "Civil Hospital Alibag" });
  orgA = { id: a.org.id, actor: a.actor };
  coordinator = await createActor(["coordinator"]);
  const countries = ["US", "US", "US", "US", "US", "US", "US", "US", "US", "US", "AE", "GB", "GB", "GB", "GB", "GB", "CA", "CA", "CA", "AE", "AE"];
  for (let i = 1; i <= 21; i++) vol.push(await insertVolunteer({ name: `Volunteer ${i}`, country: countries[i - 1], registeredAt: day(i === 21 ? 4 : 0) }));
  const v = (i: number) => vol[i - 1].id;
  const n1 = await insertNeed({
    organizationId: a.org.id,
    title: "OPD cover, Junnar",
    type: "rural_primary_care",
    districtCode: 490,
    specialtyCode: "08",
    slots: 10,
  });
  const n2 = await insertNeed({
    organizationId: b.org.id,
    title: "Cardiac camp, Gadchiroli",
    type: "specialist_camp",
    districtCode: 475,
    specialtyCode: "06",
    slots: 3,
  });
  const n3 = await insertNeed({ organizationId: c.org.id, title: "Teaching week, Alibag", type: "teaching", districtCode: 491, slots: 2, status: "closed" });
  const n4 = await insertNeed({
    organizationId: b.org.id,
    title: "Tele-mentoring, Nagpur",
    type: "tele_mentoring",
    districtCode: 484,
    slots: 1,
    publishedAt: "2026-01-15T00:00:00Z",
  });
  const n5 = await insertNeed({
    organizationId: a.org.id,
    title: "Medicine camp, Pune",
    type: "specialist_camp",
    districtCode: 490,
    specialtyCode: "11",
    slots: 5,
  });
  n1Id = n1.id;
  n4Id = n4.id;
  for (let i = 1; i <= 6; i++)
    n1Placements.push((await insertPlacement({ needId: n1.id, volunteerId: v(i), period: "[2026-02-01,2026-02-11)", offeredAt: day(i) })).id);
  for (const i of [7, 8]) await insertPlacement({ needId: n2.id, volunteerId: v(i), period: "[2026-03-01,2026-03-06)", offeredAt: day(i) });
  await insertPlacement({ needId: n2.id, volunteerId: v(9), period: "[2026-03-01,2026-03-06)", status: "scheduled", offeredAt: day(9) });
  v1N3Placement = (await insertPlacement({ needId: n3.id, volunteerId: v(1), period: "[2026-04-01,2026-04-08)", offeredAt: day(40) })).id;
  await insertPlacement({ needId: n3.id, volunteerId: v(10), period: "[2026-04-01,2026-04-08)", offeredAt: day(10) });
  await insertPlacement({ needId: n4.id, volunteerId: v(11), period: "[2026-06-01,2026-06-15)", status: "declined", offeredAt: day(11) });
  for (let i = 12; i <= 16; i++) await insertPlacement({ needId: n5.id, volunteerId: v(i), period: "[2026-05-01,2026-05-05)", offeredAt: day(i) });
});

const pick = <T extends { key: string }>(rows: T[], key: string) => rows.find((r) => r.key === key);

describe("coordinator dashboard: raw figures", () => {
  it("placements and volunteer-days in total and by division, district, need type and specialty", async () => {
    const d = await getImpactDashboard(coordinator, {}, "coordinator");
    // 6×10 + 3×5 + 2×7 + 5×4 = 109 days over 16 served placements by 15 people (v1 twice; v11 declined)
    expect(d.totals).toEqual({ placements: 16, volunteerDays: 109, volunteers: 15 });
    expect(pick(d.byDivision, "Pune")).toMatchObject({ placements: 11, volunteerDays: 80 });
    expect(pick(d.byDivision, "Nagpur")).toMatchObject({ placements: 3, volunteerDays: 15 });
    expect(pick(d.byDivision, "Konkan")).toMatchObject({ placements: 2, volunteerDays: 14 });
    expect(d.byDistrict.map((r) => [r.label, r.division, r.placements])).toEqual([
      ["Pune", "Pune", 11],
      ["Gadchiroli", "Nagpur", 3],
      ["Raigad", "Konkan", 2],
    ]);
    expect(pick(d.byNeedType, "specialist_camp")).toMatchObject({ placements: 8, volunteerDays: 35 });
    expect(pick(d.byNeedType, "rural_primary_care")).toMatchObject({ placements: 6, volunteerDays: 60 });
    expect(pick(d.bySpecialty, "11")).toMatchObject({ label: "Internal Medicine", placements: 5, volunteerDays: 20 });
    expect(pick(d.bySpecialty, "")).toMatchObject({ placements: 2, volunteerDays: 14 });
    expect(d.byDistrict.every((r) => !r.suppressed)).toBe(true);
  });

  it("clips volunteer-days to the period and filters by division", async () => {
    // [02-05, 03-03): N1 6 placements × 6 days, N2 3 placements × 2 days
    const p = await getImpactDashboard(coordinator, { from: "2026-02-05", to: "2026-03-03" }, "coordinator");
    expect(p.totals).toEqual({ placements: 9, volunteerDays: 42, volunteers: 9 });
    const n = await getImpactDashboard(coordinator, { division: "Nagpur" }, "coordinator");
    expect(n.totals).toEqual({ placements: 3, volunteerDays: 15, volunteers: 3 });
    expect(n.byDistrict.map((r) => r.label)).toEqual(["Gadchiroli"]);
  });

  it("needs open vs filled, and the ones open longest", async () => {
    const d = await getImpactDashboard(coordinator, {}, "coordinator");
    const total = d.needFill.find((r) => r.total)!;
    // N2, N3, N5 full; N1 6 of 10; N4 none (a declined offer fills nothing)
    expect(total).toMatchObject({ needs: 5, filled: 3, partlyFilled: 1, unfilled: 1, slots: 21, slotsFilled: 16 });
    expect(d.needFill.find((r) => !r.total && r.division === "Nagpur")).toMatchObject({ needs: 2, filled: 1, unfilled: 1 });
    const today = new Date(new Date().toISOString().slice(0, 10)).getTime();
    expect(d.openLongest.map((r) => [r.needId, r.daysOpen])).toEqual([
      [n1Id, Math.round((today - Date.parse("2026-01-01")) / 86_400_000)],
      [n4Id, Math.round((today - Date.parse("2026-01-15")) / 86_400_000)],
    ]);
  });

  it("time from registration to first offer and the share offered anything", async () => {
    const d = await getImpactDashboard(coordinator, {}, "coordinator");
    // v1..v16 were offered something on days 1..16: median and mean 8.5; v17..v21 never
    expect(d.offers).toEqual({ registered: 21, offered: 16, sharePercent: 76.2, medianDays: 8.5, meanDays: 8.5 });
  });

  it("volunteers by country of residence", async () => {
    const d = await getImpactDashboard(coordinator, {}, "coordinator");
    expect(d.countries.map((c) => [c.code, c.registered, c.placed])).toEqual([
      ["US", 10, 10],
      ["GB", 5, 5],
      ["CA", 3, 0],
      ["AE", 3, 0],
    ]);
  });
});

describe("public dashboard: small-count suppression", () => {
  it("withholds every group of fewer than 5 people, and one more when only one would be withheld", async () => {
    const d = await getImpactDashboard(anonymous, {}, "public");
    expect(d.totals).toEqual({ placements: 16, volunteerDays: 109, volunteers: 15 });
    expect(pick(d.byDivision, "Pune")).toMatchObject({ placements: 11, suppressed: false });
    expect(pick(d.byDivision, "Nagpur")).toMatchObject({ placements: null, volunteerDays: null, suppressed: true });
    expect(pick(d.byDivision, "Konkan")).toMatchObject({ placements: null, suppressed: true });
    // teaching (2 people) is withheld; rural primary care (6) too, else 16 − 8 − 6 would give it away
    expect(pick(d.byNeedType, "teaching")).toMatchObject({ placements: null, suppressed: true });
    expect(pick(d.byNeedType, "rural_primary_care")).toMatchObject({ placements: null, suppressed: true });
    expect(pick(d.byNeedType, "specialist_camp")).toMatchObject({ placements: 8, volunteerDays: 35, suppressed: false });
    expect(d.countries.map((c) => [c.code, c.registered, c.placed])).toEqual([
      ["US", 10, 10],
      ["GB", 5, 5],
      ["CA", null, null],
      ["AE", null, null],
    ]);
    expect(d.followUp).toBeNull();
  });

  it("withholds the share offered while fewer than 5 were left out, and whole-table totals under 5", async () => {
    const d = await getImpactDashboard(anonymous, {}, "public");
    expect(d.offers).toMatchObject({ registered: 21, offered: 16, sharePercent: 76.2 });
    const small = await getImpactDashboard(anonymous, { division: "Konkan" }, "public");
    expect(small.totals).toEqual({ placements: null, volunteerDays: null, volunteers: null });
    // registered on 1 Jan: 20, of whom 16 were offered something and 4 never were — too few to publish
    const cohort = { from: "2026-01-01", to: "2026-01-02" };
    const few = await getImpactDashboard(anonymous, cohort, "public");
    expect(few.offers).toMatchObject({ registered: 20, offered: 16, sharePercent: null });
    expect((await getImpactDashboard(coordinator, cohort, "coordinator")).offers.sharePercent).toBe(80);
  });

  it("reports invalid filters and ignores them instead of failing", async () => {
    const d = await getImpactDashboard(anonymous, { from: "2026-13-40", to: "2026-03-01", division: "Atlantis" }, "public");
    expect(d.filterErrors.from).toEqual(["impact.errors.date"]);
    expect(d.filterErrors.division).toEqual(["impact.errors.unknownDivision"]);
    expect(d.filters).toMatchObject({ to: "2026-03-01" });
    expect(d.filters.from).toBeUndefined();
    expect(d.filters.division).toBeUndefined();
  });

  it("the coordinator dashboard is refused to everyone else", async () => {
    await expect(getImpactDashboard(anonymous, {}, "coordinator")).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(getImpactDashboard(orgA.actor, {}, "coordinator")).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("skill transfer from confirmed reports", () => {
  it("is withheld publicly until 5 people's reports are confirmed, then adds up the confirmed figures", async () => {
    const volunteers = vol.slice(0, 6).map((u) => actorFor(u, ["volunteer"]));
    for (let i = 0; i < 6; i++) {
      await saveServiceReport(
        volunteers[i],
        reportFigures({ placementId: n1Placements[i], daysServed: 10, hours: 60 + i, patientsSeen: 100, staffTrained: i, sessionsTaught: 2 }),
      );
    }
    for (let i = 0; i < 4; i++)
      await confirmServiceReport(
        orgA.actor,
        reportFigures({ placementId: n1Placements[i], daysServed: 10, hours: 60 + i, patientsSeen: 100, staffTrained: i, sessionsTaught: 2 }),
      );
    const four = await getImpactDashboard(anonymous, {}, "public");
    expect(four.skills.reports).toBeNull();
    expect(four.skills.staffTrained).toBeNull();
    const coord = await getImpactDashboard(coordinator, {}, "coordinator");
    expect(coord.skills).toMatchObject({ reports: 4, hours: 246, staffTrained: 6, patientsSeen: 400, sessionsTaught: 8, daysServed: 40 });
    // 2 of N1 submitted; 9 other completed placements have no report (N2 ×2, N3 ×2, N5 ×5)
    expect(coord.followUp).toMatchObject({ awaitingConfirmation: 2, missingReport: 9 });

    // the fifth confirmation is corrected by the organisation: 90 patients, not 100
    await confirmServiceReport(
      orgA.actor,
      reportFigures({ placementId: n1Placements[4], daysServed: 10, hours: 64, patientsSeen: 90, staffTrained: 4, sessionsTaught: 2 }),
    );
    const five = await getImpactDashboard(anonymous, {}, "public");
    expect(five.skills).toEqual({ reports: 5, daysServed: 50, hours: 310, patientsSeen: 490, proceduresOrCamps: 10, staffTrained: 10, sessionsTaught: 10 });
  });
});

describe("feedback: past service for matching, and the organisation's aggregate", () => {
  it("pastServiceFacts counts completed placements and averages the organisations' ratings", async () => {
    const v1 = actorFor(vol[0], ["volunteer"]);
    void v1;
    await leaveFeedback(orgA.actor, {
      side: "organization",
      placementId: n1Placements[0],
      ratings: { clinicalSkill: 5, teaching: 4, communication: 5, reliability: 4 },
      comment: "",
    });
    const db = await getDb();
    const facts = await pastServiceFacts(db, [vol[0].id, vol[1].id, vol[8].id, vol[16].id]);
    // v1: N1 and N3 completed, one rating set averaging 4.5; v2: one; v9 only scheduled; v17 none
    expect(facts.get(vol[0].id)).toEqual({ completedPlacements: 2, averageFeedback: 4.5 });
    expect(facts.get(vol[1].id)).toEqual({ completedPlacements: 1, averageFeedback: null });
    expect(facts.get(vol[8].id)).toEqual({ completedPlacements: 0, averageFeedback: null });
    expect(facts.get(vol[16].id)).toEqual({ completedPlacements: 0, averageFeedback: null });
    expect((await pastServiceFacts(db, [])).size).toBe(0);
    // the placement at N3 was completed too: its (all-3) rating joins the mean: (18 + 12) / 8
    const [n3p] = await db.select().from(placements).where(eq(placements.id, v1N3Placement));
    expect(n3p.status).toBe("completed");
    await db.execute(
      sql`insert into feedback (placement_id, from_side, ratings) values (${v1N3Placement}, 'organization', '{"clinicalSkill":3,"teaching":3,"communication":3,"reliability":3}')`,
    );
    expect((await pastServiceFacts(db, [vol[0].id])).get(vol[0].id)).toEqual({ completedPlacements: 2, averageFeedback: 3.75 });
  });

  it("shows an organisation's ratings from volunteers only once 5 have rated it", async () => {
    const rate = (i: number, score: number) =>
      leaveFeedback(actorFor(vol[i], ["volunteer"]), {
        side: "volunteer",
        placementId: n1Placements[i],
        ratings: { preparation: score, onSiteSupport: 4, roleClarity: 4, logistics: 3 },
        comment: "private words",
      });
    for (let i = 0; i < 4; i++) await rate(i, 5);
    expect(await getOrgFeedbackSummary(anonymous, orgA.id)).toEqual({ organizationId: orgA.id, shown: false, ratings: 0 });
    await rate(4, 3);
    const s = await getOrgFeedbackSummary(anonymous, orgA.id);
    // preparation (5+5+5+5+3)/5 = 4.6; overall = mean of aspect means (4.6 + 4 + 4 + 3) / 4 = 3.9
    expect(s).toEqual({
      organizationId: orgA.id,
      shown: true,
      ratings: 5,
      overall: 3.9,
      aspects: [
        { aspect: "preparation", average: 4.6 },
        { aspect: "onSiteSupport", average: 4 },
        { aspect: "roleClarity", average: 4 },
        { aspect: "logistics", average: 3 },
      ],
    });
    expect(JSON.stringify(s)).not.toContain("private words");
  });
});

describe("CSV export", () => {
  it("has a stable header, the filters in front, and empty cells where figures are withheld", async () => {
    const { body, filename } = await exportImpactCsv(anonymous, {
      dataset: "placements-by-division.csv",
      audience: "public",
      filters: { from: "2026-01-01", to: "2027-01-01" },
    });
    expect(filename).toBe("skillflow-impact-placements-by-division-2026-01-01_2027-01-01.csv");
    expect(body.split("\r\n")).toEqual([
      "period_from,period_to,division_filter,division,placements,volunteer_days,suppressed",
      "2026-01-01,2027-01-01,,Pune,11,80,false",
      "2026-01-01,2027-01-01,,Nagpur,,,true",
      "2026-01-01,2027-01-01,,Konkan,,,true",
      "",
    ]);
    const coord = await exportImpactCsv(coordinator, { dataset: "placements-by-division", audience: "coordinator", filters: {} });
    expect(coord.body).toContain(",,,Nagpur,3,15,false");
  });

  it("refuses unknown datasets, coordinator-only datasets in public, and bad filters", async () => {
    expect(await outcomeOf(exportImpactCsv(anonymous, { dataset: "users", audience: "public", filters: {} }))).toBe("not_found");
    expect(await outcomeOf(exportImpactCsv(anonymous, { dataset: "feedback-averages", audience: "public", filters: {} }))).toBe("not_found");
    expect(await outcomeOf(exportImpactCsv(anonymous, { dataset: "feedback-averages", audience: "coordinator", filters: {} }))).toBe("unauthenticated");
    expect(await outcomeOf(exportImpactCsv(anonymous, { dataset: "offers", audience: "public", filters: { division: "Atlantis" } }))).toBe("invalid_input");
  });
});
