// Demo history for the impact pages (issue 7): a past season of completed placements at the
// verified hosting organisations, most with confirmed service reports and feedback from both sides,
// so the dashboards show real groups above the suppression threshold. Plus one completed placement
// of the demo volunteer at DHO Raigad with no report and no feedback yet: the e2e journey
// (tests/e2e/impact.spec.ts) files, confirms and rates it.
import { and, eq, inArray, ne } from "drizzle-orm";
import type { Db } from "../client";
import { feedback, matches, needs, organizationMembers, organizations, placements, serviceReports, users } from "../schema";
import { addDays, range, rng } from "./random";
import { DEMO_DOMAIN } from "./demo-data";
import { isClinicalInPerson } from "@/lib/validation/needs";

export const DEMO_COMPLETED_NEED_TITLE = "Monsoon OPD cover, Alibag (completed)";

type Ctx = { today: string; volunteers: { id: string }[] };

const needTypes = ["rural_primary_care", "specialist_camp", "teaching", "public_health"] as const;
const campSpecialties = ["18", "16", "37", "02", "06", "20", "11", "08"];
const topics = ["Neonatal resuscitation", "Triage in OPD", "Diabetic foot care", "Safe surgery checklist", "Ultrasound basics", "Mental health first aid"];

export async function seedImpactDemo(db: Db, ctx: Ctx): Promise<{ completedPlacements: number }> {
  const r = rng(7007); // its own stream: adding impact history does not reshuffle the rest of the demo
  const hosts = await db
    .select({ id: organizations.id, districtCode: organizations.districtCode, kind: organizations.kind, memberId: organizationMembers.userId })
    .from(organizations)
    .innerJoin(organizationMembers, eq(organizationMembers.organizationId, organizations.id))
    .where(and(eq(organizations.status, "verified"), ne(organizations.kind, "diaspora_association")));
  const [demoVolunteer] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, `volunteer@${DEMO_DOMAIN}`));
  // Each volunteer serves at most once in the demo history (no overlaps to reason about).
  const pool = r.sample(
    ctx.volunteers.filter((v) => v.id !== demoVolunteer?.id),
    Math.min(ctx.volunteers.length - 1, 400),
  );
  let next = 0;
  const needRows: (typeof needs.$inferInsert & { id: string })[] = [];
  const matchRows: (typeof matches.$inferInsert & { id: string })[] = [];
  const placementRows: (typeof placements.$inferInsert & { id: string })[] = [];
  const reportRows: (typeof serviceReports.$inferInsert)[] = [];
  const feedbackRows: (typeof feedback.$inferInsert)[] = [];
  const registered = new Map<string, Date>();

  const place = (need: { id: string; window: string }, volunteerId: string, start: string, days: number, hostMember: string, withHistory: boolean) => {
    const match = {
      id: crypto.randomUUID(),
      needId: need.id,
      volunteerId,
      source: "coordinator" as const,
      score: r.int(400, 900),
      reasons: [],
      status: "approved" as const,
      decidedAt: new Date(addDays(start, -30) + "T10:00:00Z"),
    };
    matchRows.push(match);
    const offeredAt = new Date(addDays(start, -r.int(20, 45)) + "T10:00:00Z");
    const id = crypto.randomUUID();
    placementRows.push({
      id,
      matchId: match.id,
      needId: need.id,
      volunteerId,
      period: range(start, addDays(start, days)),
      status: "completed",
      createdAt: offeredAt,
      updatedAt: new Date(addDays(start, days) + "T10:00:00Z"),
    });
    // registered some weeks before the first offer, so "time to first offer" has real values
    registered.set(volunteerId, new Date(offeredAt.getTime() - r.int(3, 90) * 86_400_000));
    if (!withHistory) return;
    const roll = r.next();
    if (roll < 0.9) {
      const daysServed = Math.max(1, days - r.int(0, 2));
      reportRows.push({
        placementId: id,
        daysServed,
        hours: daysServed * r.int(5, 9),
        patientsSeen: daysServed * r.int(10, 45),
        proceduresOrCamps: r.int(0, 12),
        staffTrained: r.int(0, 15),
        trainingTopics: r.pick(topics),
        sessionsTaught: r.int(0, 8),
        materialsLeft: r.chance(0.5) ? "Printed protocols for the ward" : "",
        followUp: r.chance(0.4) ? "Monthly tele-mentoring call" : "",
        narrative: "Worked in the OPD and ran training sessions for the local staff.",
        status: roll < 0.8 ? "confirmed" : "submitted",
        confirmedBy: roll < 0.8 ? hostMember : null,
        confirmedAt: roll < 0.8 ? new Date(addDays(start, days + 7) + "T10:00:00Z") : null,
      });
    }
    if (r.chance(0.75)) {
      feedbackRows.push({
        placementId: id,
        fromSide: "volunteer",
        authorId: volunteerId,
        comment: r.chance(0.3) ? "Well organised, welcoming team." : "",
        ratings: { preparation: r.int(3, 5), onSiteSupport: r.int(3, 5), roleClarity: r.int(2, 5), logistics: r.int(2, 5) },
      });
    }
    if (r.chance(0.75)) {
      feedbackRows.push({
        placementId: id,
        fromSide: "organization",
        authorId: hostMember,
        comment: r.chance(0.3) ? "Excellent teaching for our nurses." : "",
        ratings: { clinicalSkill: r.int(3, 5), teaching: r.int(3, 5), communication: r.int(3, 5), reliability: r.int(4, 5) },
      });
    }
  };

  for (const host of hosts) {
    for (let k = 0; k < 2 && next < pool.length; k++) {
      const type = host.kind === "government_medical_college" ? "teaching" : r.pick(needTypes);
      const start = addDays(ctx.today, -r.int(120, 330));
      const days = type === "specialist_camp" ? r.int(5, 12) : r.int(14, 30);
      const slots = r.int(3, 7);
      const need = {
        id: crypto.randomUUID(),
        organizationId: host.id,
        type,
        title: `${type === "teaching" ? "Teaching block" : type === "specialist_camp" ? "Specialist camp" : "Service rotation"} (past season ${k + 1})`,
        description: "Completed demo need from last season.",
        specialtyCode: type === "specialist_camp" ? r.pick(campSpecialties) : null,
        districtCode: host.districtCode,
        window: range(addDays(start, -7), addDays(start, days + 7)),
        minDays: 1,
        maxDays: Math.max(days, 1),
        // DESIGN rule 3: clinical in-person needs asked for level 3 (needs_clinical_min_level)
        slots,
        minCredentialLevel: isClinicalInPerson(type, false) ? 3 : 1,
        status: "closed" as const,
        publishedAt: new Date(addDays(start, -60) + "T10:00:00Z"),
        createdAt: new Date(addDays(start, -60) + "T10:00:00Z"),
      };
      needRows.push(need);
      const filled = r.int(Math.max(1, slots - 2), slots);
      for (let s = 0; s < filled && next < pool.length; s++) place(need, pool[next++].id, start, days, host.memberId, true);
    }
  }

  // The demo volunteer's own completed placement, waiting for its report (the e2e journey).
  const raigad = hosts.find((h) => h.memberId && h.kind === "district_health_office" && h.districtCode === 491);
  if (demoVolunteer && raigad) {
    const start = addDays(ctx.today, -60);
    const need = {
      id: crypto.randomUUID(),
      organizationId: raigad.id,
      type: "rural_primary_care" as const,
      title: DEMO_COMPLETED_NEED_TITLE,
      description: "Two weeks of outpatient cover during the monsoon.",
      districtCode: 491,
      window: range(addDays(start, -14), addDays(start, 28)),
      minDays: 7,
      maxDays: 28,
      slots: 1,
      minCredentialLevel: 3,
      status: "closed" as const,
      publishedAt: new Date(addDays(start, -90) + "T10:00:00Z"),
    };
    needRows.push(need);
    place(need, demoVolunteer.id, start, 14, raigad.memberId, false);
    registered.delete(demoVolunteer.id); // keep the demo volunteer's own account as seeded
  }

  for (let i = 0; i < needRows.length; i += 500) await db.insert(needs).values(needRows.slice(i, i + 500));
  for (let i = 0; i < matchRows.length; i += 500) await db.insert(matches).values(matchRows.slice(i, i + 500));
  for (let i = 0; i < placementRows.length; i += 500) await db.insert(placements).values(placementRows.slice(i, i + 500));
  for (let i = 0; i < reportRows.length; i += 500) await db.insert(serviceReports).values(reportRows.slice(i, i + 500));
  for (let i = 0; i < feedbackRows.length; i += 500) await db.insert(feedback).values(feedbackRows.slice(i, i + 500));
  for (const [id, at] of registered)
    await db
      .update(users)
      .set({ createdAt: at })
      .where(inArray(users.id, [id]));
  return { completedPlacements: placementRows.length };
}
