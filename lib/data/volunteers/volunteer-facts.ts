import "server-only";
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { availabilityWindows, placements, volunteerLanguages, volunteerPreferredDistricts, volunteerProfiles, volunteerSpecialties } from "@/db/schema";
import { pastServiceFacts } from "@/lib/data/impact/past-service";
import type { VolunteerFacts } from "@/lib/matching/types";
import { parseDateRange } from "@/lib/validation/calendar-dates";
import { hasConsent } from "./consent-state";

/**
 * The matching engine's view of one volunteer (lib/matching/types.ts), loaded from the database.
 * Null when the volunteer has no profile yet. Unchecked: callers authorise first.
 */
export async function loadVolunteerFacts(db: DbOrTx, userId: string): Promise<VolunteerFacts | null> {
  const [p] = await db.select().from(volunteerProfiles).where(eq(volunteerProfiles.userId, userId));
  if (!p) return null;
  const [specialties, languages, preferred, windows, offered, past, consentMatching] = await Promise.all([
    db.select().from(volunteerSpecialties).where(eq(volunteerSpecialties.userId, userId)),
    db.select().from(volunteerLanguages).where(eq(volunteerLanguages.userId, userId)),
    db.select().from(volunteerPreferredDistricts).where(eq(volunteerPreferredDistricts.userId, userId)),
    db.select().from(availabilityWindows).where(eq(availabilityWindows.userId, userId)),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(placements)
      .where(eq(placements.volunteerId, userId)),
    pastServiceFacts(db, [userId]),
    hasConsent(db, userId, "matching"),
  ]);
  const service = past.get(userId);
  return {
    id: userId,
    professionCode: p.professionCode ?? "",
    specialties: specialties.map((s) => ({ code: s.specialtyCode, primary: s.isPrimary })),
    languages: languages.map((l) => ({ code: l.languageCode, proficiency: l.proficiency })),
    originDistrictCode: p.originDistrictCode === null ? null : String(p.originDistrictCode),
    preferredDistrictCodes: preferred.map((d) => String(d.districtCode)),
    inPerson: p.inPerson,
    remote: p.remote,
    verificationLevel: Math.max(0, Math.min(3, p.verificationLevel)) as 0 | 1 | 2 | 3,
    verificationValidUntil: p.verificationValidUntil,
    yearsExperience: p.yearsExperience,
    completedPlacements: service?.completedPlacements ?? 0,
    averageFeedback: service?.averageFeedback ?? null,
    endorsements: 0,
    everOffered: Number(offered[0]?.n ?? 0) > 0,
    consentMatching,
    availability: windows.map((w) => ({ ...parseDateRange(w.period), mode: w.mode, hoursPerWeek: w.hoursPerWeek })),
  };
}
