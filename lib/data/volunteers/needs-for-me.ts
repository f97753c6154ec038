import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { facilities, interests, needLanguages, needs, organizations, refDistricts, refLanguages, refSpecialties } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { rankNeedsForVolunteer } from "@/lib/matching/rank";
import type { NeedFacts, Reason } from "@/lib/matching/types";
import { parseDateRange, todayUtc } from "@/lib/validation/calendar-dates";
import { loadVolunteerFacts } from "./volunteer-facts";

export type NeedForMe = {
  id: string;
  title: string;
  type: string;
  remote: boolean;
  organizationName: string;
  districtName: string | null;
  start: string;
  end: string;
  minDays: number;
  maxDays: number;
  minCredentialLevel: number;
  score: number;
  reasons: Reason[];
  interestId: string | null;
  interestStatus: string | null;
};

export type NeedsForMe = { consentMissing: boolean; profileMissing: boolean; needs: NeedForMe[] };

/**
 * Open needs this volunteer is eligible for, best first, each with its score and reasons from the
 * matching engine (lib/matching, DESIGN rule 4). SQL narrows to open needs whose window meets one
 * of the volunteer's windows of the right mode; the engine applies every hard rule and scores.
 * A volunteer without matching consent sees nothing: consent is a hard requirement.
 */
export async function listNeedsForMe(actor: Actor, now = new Date()): Promise<NeedsForMe> {
  authorize(actor, "interest.manage", { ownerId: actor.kind === "user" ? actor.id : null });
  const db = await getDb();
  const volunteer = await loadVolunteerFacts(db, actor.id);
  if (!volunteer) return { consentMissing: false, profileMissing: true, needs: [] };
  if (!volunteer.consentMatching) return { consentMissing: true, profileMissing: false, needs: [] };
  const today = todayUtc(now);
  const rows = await db
    .select({
      n: needs,
      organizationName: organizations.name,
      districtCode: sql<number | null>`coalesce(${needs.districtCode}, ${facilities.districtCode})`,
    })
    .from(needs)
    .innerJoin(organizations, eq(organizations.id, needs.organizationId))
    .leftJoin(facilities, eq(facilities.id, needs.facilityId))
    .where(
      and(
        eq(needs.status, "open"),
        sql`upper(${needs.window}) > ${today}::date`,
        sql`(${needs.applicationDeadline} IS NULL OR ${needs.applicationDeadline} >= ${today}::date)`,
        sql`EXISTS (SELECT 1 FROM availability_windows a WHERE a.user_id = ${actor.id}
              AND a.mode = (CASE WHEN ${needs.remote} THEN 'remote' ELSE 'in_person' END)::service_mode
              AND a.period && ${needs.window})`,
      ),
    )
    .limit(2000);
  if (rows.length === 0) return { consentMissing: false, profileMissing: false, needs: [] };
  const ids = rows.map((r) => r.n.id);
  const langs = await db.select().from(needLanguages).where(inArray(needLanguages.needId, ids));
  const facts: NeedFacts[] = rows.map(({ n, districtCode }) => ({
    id: n.id,
    type: n.type,
    remote: n.remote,
    professionCode: n.professionCode,
    specialtyCode: n.specialtyCode,
    districtCode: districtCode === null ? null : String(districtCode),
    window: parseDateRange(n.window),
    minDays: n.minDays,
    maxDays: n.maxDays,
    slots: n.slots,
    minCredentialLevel: n.minCredentialLevel,
    requiredLanguages: langs.filter((l) => l.needId === n.id && l.required).map((l) => l.languageCode),
    preferredLanguages: langs.filter((l) => l.needId === n.id && !l.required).map((l) => l.languageCode),
  }));
  const names = await nameLookup(db, facts);
  const ranked = rankNeedsForVolunteer(volunteer, facts, names.lookup);
  const mine = await db.select({ id: interests.id, needId: interests.needId, status: interests.status }).from(interests).where(eq(interests.volunteerId, actor.id));
  const byId = new Map(rows.map((r) => [r.n.id, r]));
  return {
    consentMissing: false,
    profileMissing: false,
    needs: ranked.map((r) => {
      const { n, organizationName, districtCode } = byId.get(r.id)!;
      const w = parseDateRange(n.window);
      const interest = mine.find((i) => i.needId === n.id);
      return {
        id: n.id,
        title: n.title,
        type: n.type,
        remote: n.remote,
        organizationName,
        districtName: districtCode === null ? null : (names.districts.get(String(districtCode)) ?? null),
        start: w.start,
        end: w.end,
        minDays: n.minDays,
        maxDays: n.maxDays,
        minCredentialLevel: n.minCredentialLevel,
        score: r.score,
        reasons: r.reasons,
        interestId: interest?.id ?? null,
        interestStatus: interest?.status ?? null,
      };
    }),
  };
}

async function nameLookup(db: Awaited<ReturnType<typeof getDb>>, facts: NeedFacts[]) {
  const districtCodes = [...new Set(facts.map((f) => f.districtCode).filter((c): c is string => c !== null).map(Number))];
  const langCodes = [...new Set(facts.flatMap((f) => [...f.requiredLanguages, ...f.preferredLanguages]))];
  const specCodes = [...new Set(facts.map((f) => f.specialtyCode).filter((c): c is string => c !== null))];
  const [d, l, s] = await Promise.all([
    districtCodes.length ? db.select({ code: refDistricts.code, name: refDistricts.nameEn }).from(refDistricts).where(inArray(refDistricts.code, districtCodes)) : [],
    langCodes.length ? db.select({ code: refLanguages.code, name: refLanguages.nameEn }).from(refLanguages).where(inArray(refLanguages.code, langCodes)) : [],
    specCodes.length ? db.select({ code: refSpecialties.code, name: refSpecialties.name }).from(refSpecialties).where(inArray(refSpecialties.code, specCodes)) : [],
  ]);
  const districts = new Map(d.map((r) => [String(r.code), r.name]));
  const languages = new Map(l.map((r) => [r.code, r.name]));
  const specialties = new Map(s.map((r) => [r.code, r.name]));
  return {
    districts,
    lookup: { district: (c: string) => districts.get(c), language: (c: string) => languages.get(c), specialty: (c: string) => specialties.get(c) },
  };
}
