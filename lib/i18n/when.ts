// How SkillFlow writes dates and times for people (ADR 011). Two kinds of value, two rules:
//
// - Calendar days ("YYYY-MM-DD": windows, placements, licence expiry) are the same day everywhere.
//   They are formatted in UTC, never shifted into a time zone. A stored range is half-open
//   [start, end); people read the LAST day it includes, so every range is shown through
//   `dayRange`, from `halfOpen` (stored form) or `inclusive` (first and last day).
// - Instants (an offer's deadline, when something happened) are shown in the reader's time zone,
//   with the zone named, so "4:57 AM" cannot be mistaken for someone else's clock.
// Pure: usable on the server, in the client, in emails and exports.

import { addDays, daysBetween } from "@/lib/validation/calendar-dates";

/** A range of whole days as people read it: first day, last day (inclusive) and how many days. */
export type DaySpan = { firstDay: string; lastDay: string; days: number };

/** From the stored half-open form [start, endExclusive). */
export function halfOpen(start: string, endExclusive: string): DaySpan {
  return { firstDay: start, lastDay: addDays(endExclusive, -1), days: daysBetween(start, endExclusive) };
}

/** From the first and last day, both served. */
export function inclusive(firstDay: string, lastDay: string): DaySpan {
  return { firstDay, lastDay, days: daysBetween(firstDay, lastDay) + 1 };
}

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** One calendar day, e.g. "Oct 8, 2026" (never shifted by a time zone). */
export function formatDay(locale: string, day: string, style: "medium" | "long" = "medium"): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: "UTC" }).format(utcDay(day));
}

/** A span of days, last day included: "Oct 8 – 21, 2026". */
export function formatDaySpan(locale: string, span: DaySpan): string {
  const f = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  if (span.firstDay === span.lastDay) return f.format(utcDay(span.firstDay));
  return f.formatRange(utcDay(span.firstDay), utcDay(span.lastDay));
}

/** A moment in the reader's zone, with the zone named: "Dec 14, 2026, 5:27 PM CST". */
export function formatInstant(locale: string, at: Date | string, timeZone: string): string {
  const d = typeof at === "string" ? new Date(at) : at;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: safeZone(timeZone) })
    .format(d)
    .concat(" ", zoneName(locale, d, timeZone));
}

/** The day a moment fell on, in the reader's zone (no time of day, so no zone name needed). */
export function formatInstantDay(locale: string, at: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: safeZone(timeZone) }).format(typeof at === "string" ? new Date(at) : at);
}

/** The zone's short name at that moment ("CST", "GMT+5:30", "IST"). */
export function zoneName(locale: string, at: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone: safeZone(timeZone), timeZoneName: "short" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/** The day an instant falls on in a zone (for "today" in the reader's calendar). */
export function dayInZone(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: safeZone(timeZone), year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

export function isTimeZone(v: unknown): v is string {
  if (typeof v !== "string" || v.length === 0 || v.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: v });
    return true;
  } catch {
    return false;
  }
}

/** The platform's zone when nothing better is known: the placements are in Maharashtra. */
export const PLATFORM_TIME_ZONE = "Asia/Kolkata";

function safeZone(z: string): string {
  return isTimeZone(z) ? z : PLATFORM_TIME_ZONE;
}

/**
 * Where diaspora volunteers live → the zone most of them are in; a country with several zones gets
 * its most populous one. Only a default: the account setting or the browser's zone wins.
 */
const countryZones: Record<string, string> = {
  IN: "Asia/Kolkata",
  US: "America/New_York",
  CA: "America/Toronto",
  GB: "Europe/London",
  IE: "Europe/Dublin",
  AU: "Australia/Sydney",
  NZ: "Pacific/Auckland",
  AE: "Asia/Dubai",
  SA: "Asia/Riyadh",
  QA: "Asia/Qatar",
  KW: "Asia/Kuwait",
  OM: "Asia/Muscat",
  BH: "Asia/Bahrain",
  SG: "Asia/Singapore",
  MY: "Asia/Kuala_Lumpur",
  DE: "Europe/Berlin",
  FR: "Europe/Paris",
  NL: "Europe/Amsterdam",
  SE: "Europe/Stockholm",
  CH: "Europe/Zurich",
  IT: "Europe/Rome",
  ES: "Europe/Madrid",
  ZA: "Africa/Johannesburg",
  KE: "Africa/Nairobi",
  NG: "Africa/Lagos",
  JP: "Asia/Tokyo",
  HK: "Asia/Hong_Kong",
  NP: "Asia/Kathmandu",
  LK: "Asia/Colombo",
  BD: "Asia/Dhaka",
  PK: "Asia/Karachi",
  MU: "Indian/Mauritius",
};

/** The reader's zone: their account setting, else the browser's, else their country's, else India. */
export function readerTimeZone(p: { setting?: string | null; browser?: string | null; country?: string | null }): string {
  if (isTimeZone(p.setting)) return p.setting;
  if (isTimeZone(p.browser)) return p.browser;
  const byCountry = p.country ? countryZones[p.country.toUpperCase()] : undefined;
  return byCountry ?? PLATFORM_TIME_ZONE;
}
