import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { rowsOf } from "@/db/rows";
import type { ImpactFilters } from "@/lib/validation/impact";

// Raw, unsuppressed aggregates behind the impact dashboards. Callers decide who may see them and
// apply small-count suppression for the public (get-impact-dashboard.ts). Every figure is computed
// in the database; nothing here returns a person's row.

/** Placements that happened or are happening: an offer that was never accepted is not service. */
const SERVED = sql.raw(`('scheduled', 'active', 'completed')`);

/** The chosen period as a half-open daterange; a missing bound is unbounded. */
function period(f: ImpactFilters): SQL {
  return sql`daterange(${f.from ?? null}::date, ${f.to ?? null}::date, '[)')`;
}

function divisionClause(f: ImpactFilters, alias = "d"): SQL {
  return f.division ? sql`and ${sql.raw(alias)}.division = ${f.division}` : sql``;
}

/**
 * One row per served placement overlapping the period, with where and what it was. A need's place
 * is its own district, else its facility's. `days` are the placement's days inside the period.
 * `person` is the volunteer, or the placement itself once the volunteer deleted their account
 * (DESIGN rule 7: placements stay in statistics, anonymised; each still stands for one person).
 */
function servedPlacements(f: ImpactFilters): SQL {
  return sql`
    select p.id, coalesce(p.volunteer_id, p.id) as person, n.type::text as need_type, n.specialty_code,
      d.code as district_code, d.name_en as district, d.division,
      (upper(p.period * ${period(f)}) - lower(p.period * ${period(f)}))::int as days
    from placements p
    join needs n on n.id = p.need_id
    left join facilities fac on fac.id = n.facility_id
    left join ref_districts d on d.code = coalesce(n.district_code, fac.district_code)
    where p.status in ${SERVED} and p.period && ${period(f)} ${divisionClause(f)}`;
}

export type GroupFigures = { key: string; label: string; division: string | null; placements: number; volunteerDays: number; people: number };

async function groupPlacements(db: DbOrTx, f: ImpactFilters, key: SQL, label: SQL, division: SQL): Promise<GroupFigures[]> {
  const rows = rowsOf<{ key: string | null; label: string | null; division: string | null; placements: number; volunteer_days: number; people: number }>(
    await db.execute(sql`
      with pl as (${servedPlacements(f)})
      select ${key} as key, ${label} as label, ${division} as division, count(*)::int as placements,
        coalesce(sum(days), 0)::int as volunteer_days, count(distinct person)::int as people
      from pl left join ref_specialties s on s.code = pl.specialty_code
      group by 1, 2, 3
      order by placements desc, label nulls last`),
  );
  return rows.map((r) => ({
    key: r.key ?? "",
    label: r.label ?? "",
    division: r.division,
    placements: Number(r.placements),
    volunteerDays: Number(r.volunteer_days),
    people: Number(r.people),
  }));
}

export const placementsByDistrict = (db: DbOrTx, f: ImpactFilters) => groupPlacements(db, f, sql`pl.district_code::text`, sql`pl.district`, sql`pl.division`);
export const placementsByDivision = (db: DbOrTx, f: ImpactFilters) => groupPlacements(db, f, sql`pl.division`, sql`pl.division`, sql`pl.division`);
export const placementsByNeedType = (db: DbOrTx, f: ImpactFilters) => groupPlacements(db, f, sql`pl.need_type`, sql`pl.need_type`, sql`null::text`);
export const placementsBySpecialty = (db: DbOrTx, f: ImpactFilters) => groupPlacements(db, f, sql`pl.specialty_code`, sql`s.name`, sql`null::text`);

export async function placementTotals(db: DbOrTx, f: ImpactFilters): Promise<{ placements: number; volunteerDays: number; people: number }> {
  const [r] = rowsOf<{ placements: number; volunteer_days: number; people: number }>(
    await db.execute(sql`
      with pl as (${servedPlacements(f)})
      select count(*)::int as placements, coalesce(sum(days), 0)::int as volunteer_days, count(distinct person)::int as people from pl`),
  );
  return { placements: Number(r.placements), volunteerDays: Number(r.volunteer_days), people: Number(r.people) };
}

/** Published needs whose window overlaps the period, with how many slots accepted placements hold. */
function needsInPeriod(f: ImpactFilters): SQL {
  return sql`
    select n.id, n.title, n.slots, n.status::text as status, coalesce(n.published_at, n.created_at) as opened_at,
      o.name as organization, d.name_en as district, d.division,
      (select count(*) from placements p where p.need_id = n.id and p.status in ${SERVED})::int as taken
    from needs n
    join organizations o on o.id = n.organization_id
    left join facilities fac on fac.id = n.facility_id
    left join ref_districts d on d.code = coalesce(n.district_code, fac.district_code)
    where n.status in ('open', 'closed') and n."window" && ${period(f)} ${divisionClause(f)}`;
}

export type NeedFillRow = {
  division: string | null;
  needs: number;
  filled: number;
  partlyFilled: number;
  unfilled: number;
  slots: number;
  slotsFilled: number;
};

/** Open vs filled, by division and in total (the row with division null and total true). */
export async function needFill(db: DbOrTx, f: ImpactFilters): Promise<(NeedFillRow & { total: boolean })[]> {
  const rows = rowsOf<{
    division: string | null;
    total: boolean;
    needs: number;
    filled: number;
    partly: number;
    unfilled: number;
    slots: number;
    slots_filled: number;
  }>(
    await db.execute(sql`
      with nd as (${needsInPeriod(f)})
      select division, grouping(division) = 1 as total, count(*)::int as needs,
        count(*) filter (where taken >= slots)::int as filled,
        count(*) filter (where taken > 0 and taken < slots)::int as partly,
        count(*) filter (where taken = 0)::int as unfilled,
        coalesce(sum(slots), 0)::int as slots, coalesce(sum(least(taken, slots)), 0)::int as slots_filled
      from nd group by rollup (division)
      order by total, division nulls last`),
  );
  return rows.map((r) => ({
    division: r.division,
    total: Boolean(r.total),
    needs: Number(r.needs),
    filled: Number(r.filled),
    partlyFilled: Number(r.partly),
    unfilled: Number(r.unfilled),
    slots: Number(r.slots),
    slotsFilled: Number(r.slots_filled),
  }));
}

export type OpenNeedRow = {
  needId: string;
  title: string;
  organization: string;
  district: string | null;
  division: string | null;
  daysOpen: number;
  slots: number;
  taken: number;
};

/** Open needs with a free slot, oldest first: where the programme is not reaching. */
export async function needsOpenLongest(db: DbOrTx, f: ImpactFilters, limit = 10): Promise<OpenNeedRow[]> {
  const rows = rowsOf<{
    id: string;
    title: string;
    organization: string;
    district: string | null;
    division: string | null;
    days_open: number;
    slots: number;
    taken: number;
  }>(
    await db.execute(sql`
      with nd as (${needsInPeriod(f)})
      select id::text, title, organization, district, division, (current_date - opened_at::date)::int as days_open, slots, taken
      from nd where status = 'open' and taken < slots
      order by opened_at, id limit ${limit}`),
  );
  return rows.map((r) => ({
    needId: r.id,
    title: r.title,
    organization: r.organization,
    district: r.district,
    division: r.division,
    daysOpen: Number(r.days_open),
    slots: Number(r.slots),
    taken: Number(r.taken),
  }));
}

/**
 * Volunteers who registered in the period (users holding the volunteer role, not deleted) and
 * whether and how soon they were offered anything (any placement row is an offer). The division
 * filter does not apply: a volunteer belongs to no division until placed.
 */
function registeredVolunteers(f: ImpactFilters): SQL {
  return sql`
    select u.id, u.created_at as registered_at, vp.country_of_residence as country,
      fo.first_offer_at, coalesce(fo.placed, false) as placed
    from users u
    join user_roles r on r.user_id = u.id and r.role = 'volunteer'
    left join volunteer_profiles vp on vp.user_id = u.id
    left join (
      select volunteer_id, min(created_at) as first_offer_at, bool_or(status in ${SERVED}) as placed
      from placements where volunteer_id is not null group by volunteer_id
    ) fo on fo.volunteer_id = u.id
    where u.status <> 'deleted' and u.created_at::date <@ ${period(f)}`;
}

export type OfferTiming = { registered: number; offered: number; medianDaysToFirstOffer: number | null; meanDaysToFirstOffer: number | null };

export async function offerTiming(db: DbOrTx, f: ImpactFilters): Promise<OfferTiming> {
  const [r] = rowsOf<{ registered: number; offered: number; median: number | null; mean: number | null }>(
    await db.execute(sql`
      with v as (
        select first_offer_at, (extract(epoch from (first_offer_at - registered_at)) / 86400.0)::float8 as days
        from (${registeredVolunteers(f)}) rv
      )
      select count(*)::int as registered, count(first_offer_at)::int as offered,
        (percentile_cont(0.5) within group (order by days))::float8 as median, avg(days)::float8 as mean
      from v`),
  );
  const round1 = (x: number | null) => (x == null ? null : Math.round(Number(x) * 10) / 10);
  return { registered: Number(r.registered), offered: Number(r.offered), medianDaysToFirstOffer: round1(r.median), meanDaysToFirstOffer: round1(r.mean) };
}

export type CountryRow = { code: string; country: string; registered: number; placed: number };

export async function volunteersByCountry(db: DbOrTx, f: ImpactFilters): Promise<CountryRow[]> {
  const rows = rowsOf<{ code: string | null; country: string | null; registered: number; placed: number }>(
    await db.execute(sql`
      with v as (${registeredVolunteers(f)})
      select v.country as code, c.name_en as country, count(*)::int as registered, count(*) filter (where placed)::int as placed
      from v left join ref_countries c on c.code = v.country
      group by 1, 2 order by registered desc, country nulls last`),
  );
  return rows.map((r) => ({ code: r.code ?? "", country: r.country ?? "", registered: Number(r.registered), placed: Number(r.placed) }));
}

export type SkillTransfer = {
  reports: number;
  people: number;
  daysServed: number;
  hours: number;
  patientsSeen: number;
  proceduresOrCamps: number;
  staffTrained: number;
  sessionsTaught: number;
  /** Completed placements whose report waits for the organisation, or was never filed. */
  awaitingConfirmation: number;
  missingReport: number;
};

/** What confirmed reports of completed placements in the period add up to. */
export async function skillTransfer(db: DbOrTx, f: ImpactFilters): Promise<SkillTransfer> {
  const [r] = rowsOf<Record<string, number>>(
    await db.execute(sql`
      with pl as (${servedPlacements(f)}),
      c as (select pl.person, sr.* from pl join placements p on p.id = pl.id and p.status = 'completed'
            left join service_reports sr on sr.placement_id = pl.id)
      select count(*) filter (where status = 'confirmed')::int as reports,
        count(distinct person) filter (where status = 'confirmed')::int as people,
        coalesce(sum(days_served) filter (where status = 'confirmed'), 0)::int as days_served,
        coalesce(sum(hours) filter (where status = 'confirmed'), 0)::int as hours,
        coalesce(sum(patients_seen) filter (where status = 'confirmed'), 0)::int as patients_seen,
        coalesce(sum(procedures_or_camps) filter (where status = 'confirmed'), 0)::int as procedures_or_camps,
        coalesce(sum(staff_trained) filter (where status = 'confirmed'), 0)::int as staff_trained,
        coalesce(sum(sessions_taught) filter (where status = 'confirmed'), 0)::int as sessions_taught,
        count(*) filter (where status = 'submitted')::int as awaiting,
        count(*) filter (where status is null or status = 'draft')::int as missing
      from c`),
  );
  return {
    reports: Number(r.reports),
    people: Number(r.people),
    daysServed: Number(r.days_served),
    hours: Number(r.hours),
    patientsSeen: Number(r.patients_seen),
    proceduresOrCamps: Number(r.procedures_or_camps),
    staffTrained: Number(r.staff_trained),
    sessionsTaught: Number(r.sessions_taught),
    awaitingConfirmation: Number(r.awaiting),
    missingReport: Number(r.missing),
  };
}

export type AspectAverage = { side: "volunteer" | "organization"; aspect: string; average: number; ratings: number };

/** Mean rating per side and aspect over completed placements in the period (coordinators only). */
export async function feedbackAverages(db: DbOrTx, f: ImpactFilters): Promise<AspectAverage[]> {
  const rows = rowsOf<{ side: "volunteer" | "organization"; aspect: string; average: number; ratings: number }>(
    await db.execute(sql`
      with pl as (${servedPlacements(f)})
      select fb.from_side::text as side, r.key as aspect, avg((r.value)::numeric)::float8 as average, count(*)::int as ratings
      from pl join feedback fb on fb.placement_id = pl.id cross join lateral jsonb_each_text(fb.ratings) r
      group by 1, 2 order by 1, 2`),
  );
  return rows.map((r) => ({ side: r.side, aspect: r.aspect, average: Math.round(Number(r.average) * 100) / 100, ratings: Number(r.ratings) }));
}

export type FeedbackComment = {
  side: "volunteer" | "organization";
  needTitle: string;
  organization: string;
  volunteerName: string | null;
  average: number;
  comment: string;
  createdAt: string;
};

export async function recentFeedback(db: DbOrTx, f: ImpactFilters, limit = 10): Promise<FeedbackComment[]> {
  const rows = rowsOf<{
    side: "volunteer" | "organization";
    need_title: string;
    organization: string;
    volunteer_name: string | null;
    average: number;
    comment: string;
    created_at: string | Date;
  }>(
    await db.execute(sql`
      with pl as (${servedPlacements(f)})
      select fb.from_side::text as side, n.title as need_title, o.name as organization, u.name as volunteer_name,
        (select avg((r.value)::numeric) from jsonb_each_text(fb.ratings) r)::float8 as average, fb.comment, fb.created_at
      from pl join feedback fb on fb.placement_id = pl.id
      join placements p on p.id = pl.id join needs n on n.id = p.need_id join organizations o on o.id = n.organization_id
      left join users u on u.id = p.volunteer_id
      order by fb.created_at desc, fb.id limit ${limit}`),
  );
  return rows.map((r) => ({
    side: r.side,
    needTitle: r.need_title,
    organization: r.organization,
    volunteerName: r.volunteer_name,
    average: Math.round(Number(r.average) * 100) / 100,
    comment: r.comment,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}

export async function listDivisions(db: DbOrTx): Promise<string[]> {
  const rows = rowsOf<{ name: string }>(await db.execute(sql`select name from ref_divisions order by name`));
  return rows.map((r) => r.name);
}
