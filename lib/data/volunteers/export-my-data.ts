import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  availabilityWindows,
  consents,
  disclosures,
  documentReads,
  documents,
  feedback,
  interests,
  licences,
  matches,
  organizations,
  needs,
  placements,
  serviceReports,
  users,
  userRoles,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/data/shared/audit";
import { parseDateRange } from "@/lib/validation/calendar-dates";
import { NOTICE_VERSION } from "@/lib/validation/volunteers";
import { loadProfile } from "./get-my-profile";
import { loadExportNames } from "./export-names";
import { halfOpen } from "@/lib/i18n/when";

/**
 * DESIGN rule 7: everything the platform holds about the actor, as one JSON document: account,
 * profile, licences (numbers in full: it is their own), documents (metadata; the files download
 * separately), availability, interests, matches, placements, service reports, feedback, consents, and
 * who their data was shared with (disclosures of their placements, and every read of their documents
 * by someone else). Reference codes come with their names (issue 18: a person reads "Paediatrics",
 * not "37").
 */
export async function exportMyData(actor: Actor) {
  authorize(actor, "account.export", { ownerId: actor.kind === "user" ? actor.id : null });
  const db = await getDb();
  const me = actor.id;
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, me));
  const roles = await db.select({ role: userRoles.role, grantedAt: userRoles.grantedAt }).from(userRoles).where(eq(userRoles.userId, me));
  const profile = await loadProfile(db, me);
  const myLicences = await db.select().from(licences).where(eq(licences.userId, me)).orderBy(asc(licences.createdAt));
  const myDocuments = await db.select().from(documents).where(eq(documents.ownerId, me)).orderBy(asc(documents.createdAt));
  const windows = await db.select().from(availabilityWindows).where(eq(availabilityWindows.userId, me));
  const myInterests = await db
    .select({ i: interests, needTitle: needs.title })
    .from(interests)
    .innerJoin(needs, eq(needs.id, interests.needId))
    .where(eq(interests.volunteerId, me));
  const myMatches = await db
    .select({ m: matches, needTitle: needs.title })
    .from(matches)
    .innerJoin(needs, eq(needs.id, matches.needId))
    .where(eq(matches.volunteerId, me));
  const myPlacements = await db
    .select({ p: placements, needTitle: needs.title, organizationName: organizations.name })
    .from(placements)
    .innerJoin(needs, eq(needs.id, placements.needId))
    .innerJoin(organizations, eq(organizations.id, needs.organizationId))
    .where(eq(placements.volunteerId, me));
  const myConsents = await db.select().from(consents).where(eq(consents.userId, me)).orderBy(asc(consents.at));
  const placementIds = myPlacements.map((r) => r.p.id);
  const shared = placementIds.length
    ? await db
        .select({ d: disclosures, viewerName: users.name })
        .from(disclosures)
        .leftJoin(users, eq(users.id, disclosures.viewerId))
        .where(inArray(disclosures.placementId, placementIds))
    : [];
  const docIds = myDocuments.map((d) => d.id);
  const reads = docIds.length
    ? await db
        .select({ r: documentReads, readerName: users.name })
        .from(documentReads)
        .leftJoin(users, eq(users.id, documentReads.readerId))
        .where(inArray(documentReads.documentId, docIds))
        .orderBy(asc(documentReads.at))
    : [];
  const reports = placementIds.length ? await db.select().from(serviceReports).where(inArray(serviceReports.placementId, placementIds)) : [];
  const ratings = placementIds.length
    ? await db.select().from(feedback).where(inArray(feedback.placementId, placementIds)).orderBy(asc(feedback.createdAt))
    : [];
  const gave = new Set(ratings.filter((f) => f.fromSide === "volunteer").map((f) => f.placementId));
  const titleOf = new Map(myPlacements.map((r) => [r.p.id, r.needTitle]));
  const names = await loadExportNames(db, {
    professions: [profile?.professionCode ?? ""],
    specialties: [profile?.primarySpecialty ?? "", ...(profile?.otherSpecialties ?? [])],
    countries: [
      profile?.countryOfResidence ?? "",
      ...(profile?.qualifications ?? []).map((q) => q.countryCode ?? ""),
      ...myLicences.map((l) => l.countryCode ?? ""),
    ],
    states: profile?.originStateCode ? [profile.originStateCode] : [],
  });
  // DESIGN: ranges are stored half-open; people read the last day served (ADR 011).
  const range = (r: string) => {
    const { start, end } = parseDateRange(r);
    return halfOpen(start, end);
  };
  await db.transaction((tx) => writeAudit(tx, actor, { action: "account.exported", objectType: "user", objectId: me }));
  const feedbackEntry = (f: (typeof ratings)[number]) => ({
    placementId: f.placementId,
    needTitle: titleOf.get(f.placementId) ?? null,
    ratings: f.ratings,
    comment: f.comment,
    createdAt: f.createdAt,
  });
  return {
    exportedAt: new Date().toISOString(),
    noticeVersion: NOTICE_VERSION,
    account: { ...user, roles },
    profile: profile && {
      ...profile,
      profession: names.profession(profile.professionCode),
      primarySpecialtyName: names.specialty(profile.primarySpecialty),
      otherSpecialtyNames: profile.otherSpecialties.map((c) => names.specialty(c) ?? c),
      countryOfResidenceName: names.country(profile.countryOfResidence),
      originState: names.state(profile.originStateCode),
      qualifications: profile.qualifications.map((q) => ({ ...q, country: names.country(q.countryCode) })),
    },
    licences: myLicences.map((l) => ({
      id: l.id,
      authority: l.authority,
      countryCode: l.countryCode,
      country: names.country(l.countryCode),
      region: l.region,
      number: l.number,
      validFrom: l.validFrom,
      validTo: l.validTo,
      status: l.status,
      documentId: l.documentId,
      createdAt: l.createdAt,
      updatedAt: l.updatedAt,
    })),
    documents: myDocuments.map((d) => ({
      id: d.id,
      name: d.originalName,
      contentType: d.contentType,
      sizeBytes: d.sizeBytes,
      sha256: d.sha256,
      createdAt: d.createdAt,
    })),
    availability: windows.map((w) => ({ id: w.id, ...range(w.period), mode: w.mode, hoursPerWeek: w.hoursPerWeek })),
    interests: myInterests.map(({ i, needTitle }) => ({
      id: i.id,
      needId: i.needId,
      needTitle,
      note: i.note,
      rank: i.rank,
      status: i.status,
      seenAt: i.seenAt,
      createdAt: i.createdAt,
    })),
    matches: myMatches.map(({ m, needTitle }) => ({
      id: m.id,
      needId: m.needId,
      needTitle,
      score: m.score,
      reasons: m.reasons,
      status: m.status,
      createdAt: m.createdAt,
      decidedAt: m.decidedAt,
    })),
    placements: myPlacements.map(({ p, needTitle, organizationName }) => ({
      id: p.id,
      needId: p.needId,
      needTitle,
      organizationName,
      ...range(p.period),
      status: p.status,
      createdAt: p.createdAt,
    })),
    serviceReports: reports.map((r) => ({
      placementId: r.placementId,
      needTitle: titleOf.get(r.placementId) ?? null,
      status: r.status,
      daysServed: r.daysServed,
      hours: r.hours,
      patientsSeen: r.patientsSeen,
      proceduresOrCamps: r.proceduresOrCamps,
      staffTrained: r.staffTrained,
      sessionsTaught: r.sessionsTaught,
      trainingTopics: r.trainingTopics,
      materialsLeft: r.materialsLeft,
      followUp: r.followUp,
      narrative: r.narrative,
      corrections: r.corrections,
      confirmedAt: r.confirmedAt,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    })),
    feedback: {
      given: ratings.filter((f) => f.fromSide === "volunteer").map(feedbackEntry),
      // Ratings are blind (each side rates without seeing what it was given): what the organisation
      // said about them is included once the volunteer has given their own, so it cannot sway it.
      received: ratings.filter((f) => f.fromSide === "organization" && gave.has(f.placementId)).map(feedbackEntry),
      receivedWithheldUntilYouRate: ratings.filter((f) => f.fromSide === "organization" && !gave.has(f.placementId)).length,
    },
    consents: myConsents.map((c) => ({ purpose: c.purpose, granted: c.granted, noticeVersion: c.noticeVersion, at: c.at })),
    sharedWith: {
      disclosures: shared.map(({ d, viewerName }) => ({ placementId: d.placementId, viewerId: d.viewerId, viewerName, what: d.what, at: d.at })),
      documentReads: reads
        .filter(({ r }) => r.readerId !== me)
        .map(({ r, readerName }) => ({ documentId: r.documentId, readerId: r.readerId, readerName, purpose: r.purpose, at: r.at })),
    },
  };
}
