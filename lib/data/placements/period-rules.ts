// PURE rules for a placement's period (DESIGN rule 1 and 3). No db, no next: the approving
// transaction loads the facts under lock and asks these functions; unit tests call them directly.
// Dates are "YYYY-MM-DD"; a placement is chosen as first and last day (inclusive) and stored as the
// half-open daterange [first, last + 1).

export type DateSpan = { start: string; end: string }; // end exclusive

const DAY = 86_400_000;
const ymd = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtc(d: string): number {
  const m = ymd.exec(d);
  if (!m) throw new Error(`not a date: ${d}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function addDays(d: string, n: number): string {
  return new Date(toUtc(d) + n * DAY).toISOString().slice(0, 10);
}

/** Whole days from a to b (b exclusive): daysBetween("2027-01-01", "2027-01-02") = 1. */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY);
}

/** Reads PostgreSQL's canonical daterange text, e.g. "[2027-01-01,2027-02-01)". */
export function parseDateRange(text: string): DateSpan {
  const m = /^\[(\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2})\)$/.exec(text.trim());
  if (!m) throw new Error(`not a bounded canonical daterange: ${text}`);
  return { start: m[1], end: m[2] };
}

export function periodToRange(firstDay: string, lastDay: string): string {
  return `[${firstDay},${addDays(lastDay, 1)})`;
}

export function rangeToPeriod(text: string): { firstDay: string; lastDay: string } {
  const { start, end } = parseDateRange(text);
  return { firstDay: start, lastDay: addDays(end, -1) };
}

/** DESIGN rule 3: a level counts only while the licence it rests on is valid. */
export function effectiveLevel(level: number, validUntil: string | null, onDay: string): number {
  return validUntil === null || validUntil >= onDay ? level : 0;
}

export type PeriodFacts = {
  today: string;
  needWindow: DateSpan;
  minDays: number;
  maxDays: number;
  /** Platform cap (setting "placements.maxDays", 365 by default). */
  capDays: number;
  /** The volunteer's availability windows in the need's mode. */
  availability: DateSpan[];
  minLevel: number;
  level: number;
  validUntil: string | null;
  /**
   * First day of the evidence the level rests on (its licence's valid_from; null = no start
   * recorded). With validUntil it is the granted window a placement must lie inside (DESIGN rule 3a).
   */
  validFrom?: string | null;
};

export type PeriodViolation =
  | "startsInPast"
  | "endsBeforeStart"
  | "outsideWindow"
  | "tooShort"
  | "tooLong"
  | "overCap"
  | "outsideAvailability"
  | "credentialLevel"
  | "credentialExpires"
  | "credentialNotYetValid";

/** Every rule the period breaks, in the order a coordinator should fix them (empty = allowed). */
export function periodViolations(firstDay: string, lastDay: string, f: PeriodFacts): PeriodViolation[] {
  if (lastDay < firstDay) return ["endsBeforeStart"];
  const out: PeriodViolation[] = [];
  const end = addDays(lastDay, 1);
  const days = daysBetween(firstDay, end);
  if (firstDay < f.today) out.push("startsInPast");
  if (firstDay < f.needWindow.start || end > f.needWindow.end) out.push("outsideWindow");
  if (days < f.minDays) out.push("tooShort");
  if (days > f.maxDays) out.push("tooLong");
  if (days > f.capDays) out.push("overCap");
  if (!f.availability.some((a) => a.start <= firstDay && end <= a.end)) out.push("outsideAvailability");
  if (f.minLevel > 0) {
    if (effectiveLevel(f.level, f.validUntil, f.today) < f.minLevel) out.push("credentialLevel");
    // the credential must cover the whole period, not just its first day
    else if (f.validUntil !== null && f.validUntil < lastDay) out.push("credentialExpires");
    // …nor only from a later day (a temporary registration granted from a date): the whole period
    if (f.validFrom != null && f.validFrom > firstDay) out.push("credentialNotYetValid");
  }
  return out;
}

/**
 * The earliest period that satisfies every rule and is as long as allowed: the pre-filled choice in
 * the approve form and the period bulk approval uses for a round's proposals. Null when none fits.
 */
export function suggestPeriod(f: PeriodFacts): { firstDay: string; lastDay: string } | null {
  const longest = Math.min(f.maxDays, f.capDays);
  const spans = [...f.availability].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  for (const a of spans) {
    const start = [a.start, f.needWindow.start, f.today, ...(f.minLevel > 0 && f.validFrom ? [f.validFrom] : [])].sort().at(-1)!;
    let end = [a.end, f.needWindow.end].sort()[0];
    if (f.minLevel > 0 && f.validUntil !== null && addDays(f.validUntil, 1) < end) end = addDays(f.validUntil, 1);
    const room = daysBetween(start, end);
    if (room < f.minDays) continue;
    const candidate = { firstDay: start, lastDay: addDays(start, Math.min(room, longest) - 1) };
    if (periodViolations(candidate.firstDay, candidate.lastDay, f).length === 0) return candidate;
  }
  return null;
}

/** Today's date where the programme runs (Maharashtra first), as "YYYY-MM-DD". */
export function programmeToday(now: Date = new Date(), timeZone = "Asia/Kolkata"): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
