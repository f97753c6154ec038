import { z } from "zod";

// Calendar dates are "YYYY-MM-DD" strings (docs/development.md). A regex alone would accept
// 2027-02-29 or 2026-13-01, so each value is checked by a round trip through UTC.

export function isCalendarDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** Today's date in UTC as YYYY-MM-DD (the platform's calendar day). */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from a to b (b exclusive): daysBetween("2027-01-01", "2027-01-03") = 2. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * The date someone born on `dob` turns `years`. A 29 February birthday falls on 1 March in a
 * non-leap year (Date.UTC rolls 29 Feb over), the common legal reading.
 */
export function anniversary(dob: string, years: number): string {
  const [y, m, d] = dob.split("-").map(Number);
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

export function isAdultOn(dob: string, today: string, age = 18): boolean {
  return anniversary(dob, age) <= today;
}

/** A required calendar date; "" counts as missing. */
export const calendarDate = z.string({ error: "required" }).trim().min(1, "required").refine(isCalendarDate, "date_invalid");

/** An optional calendar date; "" or absent → undefined. */
export const optionalCalendarDate = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z.string().trim().refine(isCalendarDate, "date_invalid").optional(),
);

/** "[2027-01-01,2027-02-01)" ↔ { start, end } with end exclusive, as PostgreSQL canonicalises daterange. */
export function parseDateRange(text: string): { start: string; end: string } {
  const m = /^[[(](\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2})[)\]]$/.exec(text.trim());
  if (!m) throw new Error(`not a bounded daterange: ${text}`);
  const start = text.startsWith("(") ? addDays(m[1], 1) : m[1];
  const end = text.endsWith("]") ? addDays(m[2], 1) : m[2];
  return { start, end };
}

export function formatDateRange(start: string, endExclusive: string): string {
  return `[${start},${endExclusive})`;
}
