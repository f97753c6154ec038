// Demo data for the coordinator's match queue (issue #6): one proposal for the demo volunteer at a
// Raigad need that fits their first availability window (the e2e journey approves it), and a small
// matching round whose proposals can be bulk-approved. Deterministic: picks by email order.
import { and, asc, eq, gte, sql } from "drizzle-orm";
import type { Db } from "../client";
import { availabilityWindows, consents, interests, matchRounds, matches, needs, organizationMembers, refDistricts, users, volunteerProfiles } from "../schema";
import { addDays } from "./random";
import { DEMO_DOMAIN } from "./demo-data";

export const DEMO_PROPOSAL_NEED_TITLE = "Paediatric outreach camp, Alibag";
export const DEMO_ROUND_NEED_TITLE = "Rural primary care rotation, Raigad PHCs";

function parseRange(text: string): { start: string; end: string } {
  const m = /^\[(\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2})\)$/.exec(text);
  if (!m) throw new Error(`unexpected range ${text}`);
  return { start: m[1], end: m[2] };
}

export async function seedPlacementDemo(db: Db, ctx: { today: string; coordinatorId: string }): Promise<{ proposals: number }> {
  const [org] = await db
    .select({ id: organizationMembers.organizationId })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(eq(users.email, `dho.raigad@${DEMO_DOMAIN}`));
  const [volunteer] = await db
    .select({ id: users.id, professionCode: volunteerProfiles.professionCode })
    .from(users)
    .innerJoin(volunteerProfiles, eq(volunteerProfiles.userId, users.id))
    .where(eq(users.email, `volunteer@${DEMO_DOMAIN}`));
  const [raigad] = await db.select({ code: refDistricts.code }).from(refDistricts).where(eq(refDistricts.nameEn, "Raigad"));
  if (!org || !volunteer) return { proposals: 0 };
  const [window] = await db
    .select({ period: availabilityWindows.period, mode: availabilityWindows.mode })
    .from(availabilityWindows)
    .where(eq(availabilityWindows.userId, volunteer.id))
    .orderBy(asc(sql`lower(${availabilityWindows.period})`))
    .limit(1);
  let proposals = 0;
  if (window) {
    const w = parseRange(window.period);
    const remote = window.mode === "remote";
    const [need] = await db
      .insert(needs)
      .values({
        organizationId: org.id,
        type: remote ? "tele_mentoring" : "specialist_camp",
        remote,
        title: DEMO_PROPOSAL_NEED_TITLE,
        description: "Two-week paediatric screening and treatment camp with the district's RBSK teams.",
        professionCode: volunteer.professionCode,
        specialtyCode: "37",
        districtCode: raigad?.code ?? null,
        window: `[${w.start},${w.end})`,
        minDays: 14,
        maxDays: 60,
        slots: 2,
        minCredentialLevel: remote ? 1 : 3,
        offersHousing: true,
        offersMeals: true,
        status: "open",
        publishedAt: new Date(),
      })
      .returning({ id: needs.id });
    await db
      .insert(interests)
      .values({ needId: need.id, volunteerId: volunteer.id, note: "I trained in Alibag and would love to help.", rank: 1, status: "shortlisted" });
    await db.insert(matches).values({
      needId: need.id,
      volunteerId: volunteer.id,
      source: "interest",
      score: 820,
      reasons: [
        { key: "eligible", points: 300, text: "Meets every requirement: +300" },
        { key: "specialty.exactPrimary", points: 250, text: "Primary specialty is Pediatric Medicine: +250" },
        { key: "overlap", points: 120, text: "Available for the whole window: +120" },
        { key: "language.preferred", points: 80, text: "Speaks Marathi (preferred): +80" },
        { key: "credential", points: 70, text: "Verification level 3: +70" },
      ],
    });
    proposals++;
  }

  // A round over one broad need: level-3 volunteers with an in-person window and consent.
  const start = addDays(ctx.today, 1);
  const [roundNeed] = await db
    .insert(needs)
    .values({
      organizationId: org.id,
      type: "rural_primary_care",
      title: DEMO_ROUND_NEED_TITLE,
      districtCode: raigad?.code ?? null,
      description: "Outpatient care at primary health centres across Raigad.",
      window: `[${start},${addDays(start, 365)})`,
      minDays: 14,
      maxDays: 60,
      slots: 6,
      minCredentialLevel: 3,
      status: "open",
      publishedAt: new Date(),
    })
    .returning({ id: needs.id });
  const candidates = await db
    .selectDistinct({ id: users.id, email: users.email })
    .from(users)
    .innerJoin(volunteerProfiles, eq(volunteerProfiles.userId, users.id))
    .innerJoin(availabilityWindows, and(eq(availabilityWindows.userId, users.id), eq(availabilityWindows.mode, "in_person")))
    .innerJoin(consents, and(eq(consents.userId, users.id), eq(consents.purpose, "matching"), eq(consents.granted, true)))
    .where(
      and(
        eq(volunteerProfiles.verificationLevel, 3),
        gte(volunteerProfiles.verificationValidUntil, addDays(start, 365)),
        sql`${users.email} <> ${`volunteer@${DEMO_DOMAIN}`}`,
      ),
    )
    .orderBy(asc(users.email))
    .limit(5);
  if (candidates.length) {
    const [round] = await db
      .insert(matchRounds)
      .values({ kind: "optimal", status: "done", progress: 100, startedBy: ctx.coordinatorId, startedAt: new Date(), finishedAt: new Date() })
      .returning({ id: matchRounds.id });
    await db.insert(matches).values(
      candidates.map((c, i) => ({
        needId: roundNeed.id,
        volunteerId: c.id,
        source: "round" as const,
        roundId: round.id,
        score: 700 - i * 25,
        reasons: [{ key: "eligible", points: 700 - i * 25, text: `Meets every requirement: +${700 - i * 25}` }],
      })),
    );
    proposals += candidates.length;
  }
  return { proposals };
}
