import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { getDb } from "@/db/client";
import type { Role } from "@/lib/auth/actor.types";
import { serializeCalendar, type IcsEvent } from "@/lib/calendar/ical";
import { rowsOf } from "@/db/rows";
import { scopesForRoles } from "@/lib/auth/policy";
import { appUrl } from "@/lib/http/app-url";
import { formatDaySpan, halfOpen } from "@/lib/i18n/when";
import { organizationPlacementLink, volunteerPlacementLink } from "@/lib/jobs/tasks/placement-parties";
import { addDays, todayUtc } from "@/lib/validation/calendar-dates";
import { isLocale, messagesFor, type Locale } from "@/messages";

/** Who a calendar is for: the signed-in actor, or the owner of a feed token (roles read fresh). */
export type CalendarViewer = { id: string; roles: ReadonlySet<Role>; organizationIds: readonly string[]; locale: string };

/** Coordinators and organisation members see many placements: keep their feed to a working window. */
export const WIDE_VIEW_PAST_DAYS = 90;
export const WIDE_VIEW_FUTURE_DAYS = 365;
export const MAX_EVENTS = 2000;

type Row = {
  id: string;
  organization_id: string;
  own: boolean;
  status: string;
  start_date: string;
  end_date: string;
  updated_at: string | Date;
  need_title: string;
  facility_name: string | null;
  district_en: string | null;
  district_mr: string | null;
  volunteer_name: string | null;
};

/**
 * The placements on a viewer's calendar, in the scopes the policy gives the viewer's roles for
 * "placement.read": their own (offered onwards, all dates); their organisations' confirmed placements;
 * any live placement. Wide views are limited to a window around today. Returns null when the viewer
 * may read no placements at all (admins only).
 */
async function calendarRows(viewer: CalendarViewer, today: string): Promise<Row[] | null> {
  const held = scopesForRoles(viewer.roles, "placement.read");
  if (!held.size) return null;
  const scopes: SQL[] = [];
  const windowed = sql`p.period && daterange(${addDays(today, -WIDE_VIEW_PAST_DAYS)}::date, ${addDays(today, WIDE_VIEW_FUTURE_DAYS)}::date)`;
  if (held.has("own")) {
    scopes.push(sql`(p.volunteer_id = ${viewer.id} AND p.status IN ('offered','scheduled','active','completed'))`);
  }
  if (held.has("org") && viewer.organizationIds.length) {
    // Offers are not yet the organisation's to plan around; from "scheduled" they are (DESIGN rule 7).
    const orgs = sql.join(
      viewer.organizationIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
    scopes.push(sql`(n.organization_id IN (${orgs}) AND p.status IN ('scheduled','active','completed') AND ${windowed})`);
  }
  if (held.has("any")) {
    scopes.push(sql`(p.status IN ('offered','scheduled','active','completed') AND ${windowed})`);
  }
  if (!scopes.length) return [];
  const db = await getDb();
  return rowsOf<Row>(
    await db.execute(sql`
      SELECT p.id, n.organization_id, (p.volunteer_id IS NOT DISTINCT FROM ${viewer.id}::uuid) AS own, p.status, lower(p.period)::text AS start_date, upper(p.period)::text AS end_date, p.updated_at,
             n.title AS need_title, f.name AS facility_name, d.name_en AS district_en, d.name_mr AS district_mr,
             CASE WHEN p.volunteer_id = ${viewer.id} THEN NULL ELSE u.name END AS volunteer_name
      FROM placements p
      JOIN needs n ON n.id = p.need_id
      LEFT JOIN facilities f ON f.id = n.facility_id
      LEFT JOIN ref_districts d ON d.code = coalesce(f.district_code, n.district_code)
      LEFT JOIN users u ON u.id = p.volunteer_id
      WHERE ${sql.join(scopes, sql` OR `)}
      ORDER BY lower(p.period), p.id
      LIMIT ${MAX_EVENTS}`),
  );
}

const icsStatus = (s: string): IcsEvent["status"] => (s === "offered" ? "TENTATIVE" : "CONFIRMED");

/** The viewer's placements as an iCalendar file in their language; null when they have no calendar. */
export async function buildPlacementCalendar(viewer: CalendarViewer, now = new Date()): Promise<string | null> {
  const rows = await calendarRows(viewer, todayUtc(now));
  if (rows === null) return null;
  const locale: Locale = isLocale(viewer.locale) ? viewer.locale : "en";
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "notifications.calendar" });
  const base = appUrl();
  const events: IcsEvent[] = rows.map((r) => {
    const district = locale === "mr" ? (r.district_mr ?? r.district_en) : r.district_en;
    const location = [r.facility_name, district].filter(Boolean).join(", ");
    // Each side's own page for the placement; coordinators have no single page for it.
    const link = r.own ? volunteerPlacementLink(r.id) : viewer.organizationIds.includes(r.organization_id) ? organizationPlacementLink(r.id) : null;
    const url = link ? `${base}${link}` : undefined;
    const description = [
      t("eventStatus", { status: t(`statuses.${r.status}` as never) }),
      // The same words for the dates as every page (ADR 011); DTEND itself stays exclusive (RFC 5545).
      formatDaySpan(locale, halfOpen(r.start_date, r.end_date)),
      r.volunteer_name ? t("eventVolunteer", { name: r.volunteer_name }) : null,
      url,
    ]
      .filter(Boolean)
      .join("\n");
    return {
      // Stable per placement: a re-download or feed refresh updates the same event.
      uid: `placement-${r.id}@skillflow`,
      summary: t("eventSummary", { needTitle: r.need_title }),
      description,
      location: location || undefined,
      url,
      start: r.start_date,
      endExclusive: r.end_date,
      status: icsStatus(r.status),
      lastModified: new Date(r.updated_at),
    };
  });
  return serializeCalendar({ prodId: "-//SkillFlow//Placements//EN", name: t("calendarName"), refreshInterval: "PT1H", dtstamp: now, events });
}
