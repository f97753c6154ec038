// PURE iCalendar (RFC 5545) writer for all-day placement events. No db, no next.
// The rules it follows, each tested in tests/unit/ical-serializer.test.ts:
//  - lines end with CRLF (3.1) and are folded so no line exceeds 75 octets, continuation lines
//    starting with one space, never splitting a UTF-8 character;
//  - TEXT values escape backslash, semicolon, comma and newlines (3.3.11);
//  - all-day periods are DTSTART;VALUE=DATE and DTEND;VALUE=DATE with DTEND exclusive (3.6.1),
//    which is exactly our half-open daterange [start, end);
//  - every VEVENT has a stable UID and a DTSTAMP in UTC (3.6.1, 3.8.7.2).

export type IcsEvent = {
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** The day after the last day, YYYY-MM-DD (exclusive, like DTEND). */
  endExclusive: string;
  status?: "TENTATIVE" | "CONFIRMED" | "CANCELLED";
  lastModified?: Date;
};

export type IcsCalendar = {
  prodId: string;
  name?: string;
  /** Suggested refresh for subscribers (RFC 7986 REFRESH-INTERVAL), e.g. "PT1H". */
  refreshInterval?: string;
  dtstamp: Date;
  events: IcsEvent[];
};

const CRLF = "\r\n";
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** RFC 5545 3.3.11: backslash first, then ; , and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * RFC 5545 3.1: a content line longer than 75 octets is split by CRLF + one space. Counts UTF-8
 * octets and cuts only between code points, so multi-byte text (Marathi, Hindi) stays valid.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1; // continuation lines carry the leading space
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.map((part, i) => (i === 0 ? part : ` ${part}`)).join(CRLF);
}

const ymd = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatDate(date: string): string {
  const m = ymd.exec(date);
  if (!m) throw new Error(`not a date: ${date}`);
  return `${m[1]}${m[2]}${m[3]}`;
}

/** UTC date-time form, e.g. 20310105T093000Z. */
export function formatUtc(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

function eventLines(e: IcsEvent, dtstamp: Date): string[] {
  if (formatDate(e.endExclusive) <= formatDate(e.start)) throw new Error(`event ${e.uid} ends before it starts`);
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${formatUtc(dtstamp)}`,
    `DTSTART;VALUE=DATE:${formatDate(e.start)}`,
    `DTEND;VALUE=DATE:${formatDate(e.endExclusive)}`,
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.url) lines.push(`URL:${e.url}`);
  if (e.status) lines.push(`STATUS:${e.status}`);
  if (e.lastModified) lines.push(`LAST-MODIFIED:${formatUtc(e.lastModified)}`);
  // All-day placements do not block the volunteer's free/busy time slot by slot.
  lines.push("TRANSP:TRANSPARENT", "END:VEVENT");
  return lines;
}

export function serializeCalendar(cal: IcsCalendar): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${cal.prodId}`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  if (cal.name) lines.push(`X-WR-CALNAME:${escapeText(cal.name)}`, `NAME:${escapeText(cal.name)}`);
  if (cal.refreshInterval) lines.push(`REFRESH-INTERVAL;VALUE=DURATION:${cal.refreshInterval}`, `X-PUBLISHED-TTL:${cal.refreshInterval}`);
  for (const e of cal.events) lines.push(...eventLines(e, cal.dtstamp));
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}
