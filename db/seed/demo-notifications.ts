// Demo data for notifications, email and jobs (issue #6):
//  - email preferences for the demo volunteer and the Raigad district health office, so their
//    notifications also land in the admin outbox (the demo has no SMTP server);
//  - the true events already in the demo (the volunteer's interest in the Alibag camp and the
//    proposal made from it) in both inboxes;
//  - an offer whose reply deadline has passed: the job runner expires it shortly after the server
//    starts, frees its slot and tells both sides (the e2e spec reads that in the inbox and outbox).
import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { matches, needs, notificationPreferences, organizationMembers, placements, users } from "../schema";
import { notify } from "./use-case-seam";
import type { NotificationKind } from "@/lib/vocabulary/notification-kinds";
import { addDays } from "./random";
import { DEMO_DOMAIN } from "./demo-data";
import { DEMO_PROPOSAL_NEED_TITLE } from "./demo-placements";

export const DEMO_LAPSED_NEED_TITLE = "Night clinic cover, Pen rural hospital";

const volunteerEmailKinds: NotificationKind[] = ["match_proposed", "offer_made", "offer_lapsing", "offer_expired", "placement_starting", "report_due"];
const organizationEmailKinds: NotificationKind[] = ["interest_received", "offer_accepted", "offer_declined", "offer_expired", "report_due"];

export async function seedNotificationDemo(db: Db, ctx: { today: string; coordinatorId: string }): Promise<void> {
  const [volunteer] = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(users.email, `volunteer@${DEMO_DOMAIN}`));
  const [orgMember] = await db
    .select({ id: users.id, organizationId: organizationMembers.organizationId })
    .from(users)
    .innerJoin(organizationMembers, eq(organizationMembers.userId, users.id))
    .where(eq(users.email, `dho.raigad@${DEMO_DOMAIN}`));
  if (!volunteer || !orgMember) return;

  await db
    .insert(notificationPreferences)
    .values([
      { userId: volunteer.id, emailKinds: volunteerEmailKinds },
      { userId: orgMember.id, emailKinds: organizationEmailKinds },
    ])
    .onConflictDoNothing();

  const [alibag] = await db.select({ id: needs.id }).from(needs).where(eq(needs.title, DEMO_PROPOSAL_NEED_TITLE));
  await db.transaction(async (tx) => {
    if (alibag) {
      await notify(tx, {
        userId: orgMember.id,
        kind: "interest_received",
        params: { needTitle: DEMO_PROPOSAL_NEED_TITLE, volunteerName: volunteer.name },
        link: `/organization/${orgMember.organizationId}`,
        dedupeKey: `demo:interest_received:${alibag.id}`,
      });
      await notify(tx, {
        userId: volunteer.id,
        kind: "match_proposed",
        params: { needTitle: DEMO_PROPOSAL_NEED_TITLE },
        link: "/volunteer/offers",
        dedupeKey: `demo:match_proposed:${alibag.id}`,
      });
    }
  });

  // The lapsed offer goes to a volunteer with no placement yet (periods never overlap, DESIGN rule 2).
  const [other] = await db
    .select({ id: users.id })
    .from(users)
    .where(
      sql`${users.email} LIKE ${"%@" + DEMO_DOMAIN} AND ${users.email} <> ${`volunteer@${DEMO_DOMAIN}`}
      AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = ${users.id} AND r.role = 'volunteer')
      AND NOT EXISTS (SELECT 1 FROM placements p WHERE p.volunteer_id = ${users.id})
      AND EXISTS (SELECT 1 FROM volunteer_profiles vp WHERE vp.user_id = ${users.id} AND vp.verification_level = 3)`,
    )
    .orderBy(asc(users.email))
    .limit(1);
  if (!other) return;
  const start = addDays(ctx.today, 40);
  const [need] = await db
    .insert(needs)
    .values({
      organizationId: orgMember.organizationId,
      type: "rural_primary_care",
      title: DEMO_LAPSED_NEED_TITLE,
      description: "Evening outpatient clinic at the rural hospital in Pen.",
      window: `[${addDays(ctx.today, 30)},${addDays(ctx.today, 120)})`,
      minDays: 7,
      maxDays: 30,
      slots: 1,
      minCredentialLevel: 3,
      status: "open",
      publishedAt: new Date(),
    })
    .returning({ id: needs.id });
  const [match] = await db
    .insert(matches)
    .values({
      needId: need.id,
      volunteerId: other.id,
      source: "coordinator",
      score: 500,
      status: "approved",
      decidedBy: ctx.coordinatorId,
      decidedAt: new Date(),
      reasons: [{ key: "eligible", points: 500, text: "Meets every requirement: +500" }],
    })
    .returning({ id: matches.id });
  await db.insert(placements).values({
    matchId: match.id,
    needId: need.id,
    volunteerId: other.id,
    period: `[${start},${addDays(start, 14)})`,
    status: "offered",
    offerExpiresAt: new Date(Date.now() - 3_600_000),
    reminderSentAt: new Date(Date.now() - 50 * 3_600_000),
    approvedBy: ctx.coordinatorId,
  });
}
