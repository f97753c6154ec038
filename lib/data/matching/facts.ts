// No "server-only" marker: the job runner (instrumentation.ts, `npm run jobs:run-once`) imports this.
import { inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import {
  availabilityWindows,
  facilities,
  needLanguages,
  needs,
  refDistricts,
  refLanguages,
  refSpecialties,
  volunteerLanguages,
  volunteerPreferredDistricts,
  volunteerProfiles,
  volunteerSpecialties,
} from "@/db/schema";
import { rowsOf } from "@/db/rows";
import type { NameLookup, NeedFacts, VolunteerFacts } from "@/lib/matching/types";
import { parseDateRange } from "@/lib/validation/calendar-dates";

/**
 * The matching engine's view of needs (lib/matching/types.ts), for the ids given only. The district
 * is the need's own or, failing that, its facility's. Unchecked: callers authorise first.
 */
export async function loadNeedFacts(db: DbOrTx, ids: readonly string[]): Promise<Map<string, NeedFacts>> {
  const out = new Map<string, NeedFacts>();
  if (ids.length === 0) return out;
  const [rows, langs] = await Promise.all([
    db
      .select({ n: needs, facilityDistrict: facilities.districtCode })
      .from(needs)
      .leftJoin(facilities, sql`${facilities.id} = ${needs.facilityId}`)
      .where(inArray(needs.id, [...ids])),
    db
      .select()
      .from(needLanguages)
      .where(inArray(needLanguages.needId, [...ids])),
  ]);
  for (const { n, facilityDistrict } of rows) {
    const district = n.districtCode ?? facilityDistrict;
    const mine = langs.filter((l) => l.needId === n.id).sort((a, b) => a.languageCode.localeCompare(b.languageCode));
    out.set(n.id, {
      id: n.id,
      type: n.type,
      remote: n.remote,
      professionCode: n.professionCode,
      specialtyCode: n.specialtyCode,
      districtCode: district == null ? null : String(district),
      window: parseDateRange(n.window),
      minDays: n.minDays,
      maxDays: n.maxDays,
      slots: n.slots,
      minCredentialLevel: n.minCredentialLevel,
      requiredLanguages: mine.filter((l) => l.required).map((l) => l.languageCode),
      preferredLanguages: mine.filter((l) => !l.required).map((l) => l.languageCode),
    });
  }
  return out;
}

/**
 * The engine's view of many volunteers in a fixed number of queries (a shortlist page, a round's
 * proposals). Endorsements stay 0 until associations can endorse (issue 5: "when they exist").
 */
export async function loadVolunteerFactsMany(db: DbOrTx, ids: readonly string[]): Promise<Map<string, VolunteerFacts>> {
  const out = new Map<string, VolunteerFacts>();
  const list = [...new Set(ids)];
  if (list.length === 0) return out;
  const idArray = sql`array[${sql.join(
    list.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;
  const [profiles, specs, langs, districts, windows, offered, consent, pastRows] = await Promise.all([
    db.select().from(volunteerProfiles).where(inArray(volunteerProfiles.userId, list)),
    db.select().from(volunteerSpecialties).where(inArray(volunteerSpecialties.userId, list)),
    db.select().from(volunteerLanguages).where(inArray(volunteerLanguages.userId, list)),
    db.select().from(volunteerPreferredDistricts).where(inArray(volunteerPreferredDistricts.userId, list)),
    db.select().from(availabilityWindows).where(inArray(availabilityWindows.userId, list)),
    db.execute(sql`SELECT DISTINCT volunteer_id::text AS id FROM placements WHERE volunteer_id = ANY (${idArray})`),
    db.execute(sql`SELECT DISTINCT ON (user_id) user_id::text AS id, granted FROM consents
      WHERE user_id = ANY (${idArray}) AND purpose = 'matching' ORDER BY user_id, at DESC, id DESC`),
    db.execute(sql`
      WITH done AS (SELECT p.volunteer_id, p.id FROM placements p WHERE p.status = 'completed' AND p.volunteer_id = ANY (${idArray}))
      SELECT d.volunteer_id::text AS id, count(DISTINCT d.id)::int AS completed,
        (SELECT avg((r.value)::numeric)::float8 FROM done d2
           JOIN feedback f ON f.placement_id = d2.id AND f.from_side = 'organization'
           CROSS JOIN LATERAL jsonb_each_text(f.ratings) r WHERE d2.volunteer_id = d.volunteer_id) AS average
      FROM done d GROUP BY d.volunteer_id`),
  ]);
  // The same figures as lib/data/impact/past-service.ts (mean rounded to 2 decimals), kept here
  // because the job runner cannot import server-only modules.
  const past = new Map(
    rowsOf<{ id: string; completed: number; average: number | null }>(pastRows).map((r) => [
      r.id,
      { completedPlacements: Number(r.completed), averageFeedback: r.average == null ? null : Math.round(Number(r.average) * 100) / 100 },
    ]),
  );
  const everOffered = new Set(rowsOf<{ id: string }>(offered).map((r) => r.id));
  const granted = new Set(
    rowsOf<{ id: string; granted: boolean }>(consent)
      .filter((r) => r.granted)
      .map((r) => r.id),
  );
  const group = <T extends { userId: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) (m.get(r.userId) ?? m.set(r.userId, []).get(r.userId)!).push(r);
    return m;
  };
  const s = group(specs),
    l = group(langs),
    d = group(districts),
    w = group(windows);
  for (const p of profiles) {
    const service = past.get(p.userId);
    out.set(p.userId, {
      id: p.userId,
      professionCode: p.professionCode ?? "",
      specialties: (s.get(p.userId) ?? []).map((x) => ({ code: x.specialtyCode, primary: x.isPrimary })),
      languages: (l.get(p.userId) ?? []).map((x) => ({ code: x.languageCode, proficiency: x.proficiency })),
      originDistrictCode: p.originDistrictCode == null ? null : String(p.originDistrictCode),
      preferredDistrictCodes: (d.get(p.userId) ?? []).map((x) => String(x.districtCode)),
      inPerson: p.inPerson,
      remote: p.remote,
      verificationLevel: Math.max(0, Math.min(3, p.verificationLevel)) as 0 | 1 | 2 | 3,
      verificationValidUntil: p.verificationValidUntil,
      yearsExperience: p.yearsExperience,
      completedPlacements: service?.completedPlacements ?? 0,
      averageFeedback: service?.averageFeedback ?? null,
      endorsements: 0,
      everOffered: everOffered.has(p.userId),
      consentMatching: granted.has(p.userId),
      availability: (w.get(p.userId) ?? [])
        .map((x) => ({ ...parseDateRange(x.period), mode: x.mode, hoursPerWeek: x.hoursPerWeek }))
        .sort((a, b) => a.start.localeCompare(b.start)),
    });
  }
  return out;
}

/** English names for the codes a page of reasons mentions (translations render from key + params). */
export async function loadNameLookup(db: DbOrTx, needFacts: Iterable<NeedFacts>): Promise<NameLookup & { districts: Map<string, string> }> {
  const list = [...needFacts];
  const districtCodes = [
    ...new Set(
      list
        .map((f) => f.districtCode)
        .filter((c): c is string => c !== null)
        .map(Number),
    ),
  ];
  const langCodes = [...new Set(list.flatMap((f) => [...f.requiredLanguages, ...f.preferredLanguages]))];
  const specCodes = [...new Set(list.map((f) => f.specialtyCode).filter((c): c is string => c !== null))];
  const [d, l, s] = await Promise.all([
    districtCodes.length
      ? db.select({ code: refDistricts.code, name: refDistricts.nameEn }).from(refDistricts).where(inArray(refDistricts.code, districtCodes))
      : [],
    langCodes.length ? db.select({ code: refLanguages.code, name: refLanguages.nameEn }).from(refLanguages).where(inArray(refLanguages.code, langCodes)) : [],
    specCodes.length
      ? db.select({ code: refSpecialties.code, name: refSpecialties.name }).from(refSpecialties).where(inArray(refSpecialties.code, specCodes))
      : [],
  ]);
  const districts = new Map(d.map((r) => [String(r.code), r.name]));
  const languages = new Map(l.map((r) => [r.code, r.name]));
  const specialties = new Map(s.map((r) => [r.code, r.name]));
  return {
    districts,
    district: (c) => districts.get(c),
    language: (c) => languages.get(c),
    specialty: (c) => specialties.get(c),
  };
}
