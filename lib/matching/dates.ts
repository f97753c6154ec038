// Tiny date arithmetic on 'YYYY-MM-DD' strings, in whole UTC days (no time zones: a day is a day).

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01; throws on a malformed or impossible date (2023-02-29). */
export function toDayNumber(date: string): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new Error(`no such date: ${date}`);
  }
  return Math.round(ms / DAY_MS);
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** b − a in days. */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Days shared by two half-open ranges [start, end), never negative. */
export function overlapDays(a: { start: string; end: string }, b: { start: string; end: string }): number {
  const start = Math.max(toDayNumber(a.start), toDayNumber(b.start));
  const end = Math.min(toDayNumber(a.end), toDayNumber(b.end));
  return Math.max(0, end - start);
}
