import { formatDay, formatDaySpan, formatInstant, formatInstantDay, halfOpen, inclusive, type DaySpan } from "./when";

export type When = ReturnType<typeof boundWhen>;

/** lib/i18n/when.ts bound to one reader: what pages, components, emails and exports call. */
export function boundWhen(locale: string, timeZone: string) {
  return {
    timeZone,
    /** A calendar day ("YYYY-MM-DD"). */
    day: (d: string) => formatDay(locale, d),
    /** A stored half-open range [start, endExclusive), shown with its last day included. */
    halfOpen: (start: string, endExclusive: string) => formatDaySpan(locale, halfOpen(start, endExclusive)),
    /** First and last day, both included. */
    days: (firstDay: string, lastDay: string) => formatDaySpan(locale, inclusive(firstDay, lastDay)),
    span: (s: DaySpan) => formatDaySpan(locale, s),
    /** A moment, in the reader's zone with the zone named. */
    instant: (at: Date | string) => formatInstant(locale, at, timeZone),
    /** The day a moment fell on, in the reader's zone. */
    instantDay: (at: Date | string) => formatInstantDay(locale, at, timeZone),
  };
}
