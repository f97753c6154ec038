import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { escapeText, foldLine, formatUtc, serializeCalendar, type IcsCalendar } from "@/lib/calendar/ical";

const octets = (s: string) => new TextEncoder().encode(s).length;

/** A small independent reader: split on CRLF, unfold (RFC 5545 3.1), split name/params/value. */
function readContentLines(text: string) {
  const physical = text.split("\r\n");
  expect(physical.pop()).toBe(""); // the stream ends with CRLF
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(" ") || line.startsWith("\t")) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  return logical.map((l) => {
    const colon = l.indexOf(":");
    const [name, ...params] = l.slice(0, colon).split(";");
    return { name, params, value: l.slice(colon + 1) };
  });
}

function unescapeText(v: string) {
  return v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

const longMarathi = "ग्रामीण प्राथमिक आरोग्य सेवा, गडचिरोली जिल्हा; आदिवासी भागातील प्राथमिक आरोग्य केंद्र — दीर्घ वर्णन";

const calendar: IcsCalendar = {
  prodId: "-//SkillFlow//Placements//EN",
  name: "SkillFlow placements",
  refreshInterval: "PT1H",
  dtstamp: new Date("2031-01-05T09:30:15.123Z"),
  events: [
    {
      uid: "placement-1b2c@skillflow",
      summary: "SkillFlow placement: Eye camp, Chandrapur; cataract, screening",
      description: `Line one\nLine two with a backslash \\ and ${longMarathi}`,
      location: "PHC Mul, Chandrapur",
      url: "https://skillflow.example/placements/1b2c",
      start: "2031-02-01",
      endExclusive: "2031-02-15",
      status: "CONFIRMED",
    },
    { uid: "placement-9f@skillflow", summary: longMarathi, start: "2031-12-31", endExclusive: "2032-01-01", status: "TENTATIVE" },
  ],
};

describe("iCalendar serializer (RFC 5545)", () => {
  const text = serializeCalendar(calendar);

  it("ends every line with CRLF and never has a bare LF or CR", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("folds lines at 75 octets without splitting UTF-8 characters", () => {
    const physical = text.split("\r\n").slice(0, -1);
    for (const line of physical) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(physical.some((l) => l.startsWith(" "))).toBe(true); // long lines really were folded
    // re-encoding each physical line round-trips: no broken multi-byte sequence
    for (const line of physical) expect(Buffer.from(line, "utf8").toString("utf8")).toBe(line);
    const folded = foldLine("X".repeat(200));
    expect(folded.split("\r\n").map(octets)).toEqual([75, 75, 52]); // 75 + (1 + 74) + (1 + 51) = 200 characters plus two leading spaces
    expect(foldLine("short")).toBe("short");
    const devanagari = foldLine(`SUMMARY:${"आ".repeat(40)}`); // 3 octets each
    expect(devanagari.split("\r\n").every((l) => octets(l) <= 75)).toBe(true);
    expect(devanagari.replace(/\r\n /g, "")).toBe(`SUMMARY:${"आ".repeat(40)}`);
  });

  it("escapes TEXT values and unescapes back to the original", () => {
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const lines = readContentLines(text);
    const descriptions = lines.filter((l) => l.name === "DESCRIPTION").map((l) => unescapeText(l.value));
    expect(descriptions).toEqual([calendar.events[0].description]);
    const summaries = lines.filter((l) => l.name === "SUMMARY").map((l) => unescapeText(l.value));
    expect(summaries).toEqual([calendar.events[0].summary, longMarathi]);
  });

  it("writes all-day periods as VALUE=DATE with an exclusive DTEND, a stable UID and a UTC DTSTAMP", () => {
    const lines = readContentLines(text);
    const starts = lines.filter((l) => l.name === "DTSTART");
    expect(starts.map((l) => [l.params, l.value])).toEqual([
      [["VALUE=DATE"], "20310201"],
      [["VALUE=DATE"], "20311231"],
    ]);
    expect(lines.filter((l) => l.name === "DTEND").map((l) => l.value)).toEqual(["20310215", "20320101"]);
    expect(lines.filter((l) => l.name === "UID").map((l) => l.value)).toEqual(["placement-1b2c@skillflow", "placement-9f@skillflow"]);
    expect(lines.filter((l) => l.name === "DTSTAMP").map((l) => l.value)).toEqual(["20310105T093015Z", "20310105T093015Z"]);
    expect(formatUtc(new Date("2031-01-05T09:30:15Z"))).toBe("20310105T093015Z");
    expect(lines[0]).toMatchObject({ name: "BEGIN", value: "VCALENDAR" });
    expect(lines.at(-1)).toMatchObject({ name: "END", value: "VCALENDAR" });
    expect(lines.find((l) => l.name === "VERSION")?.value).toBe("2.0");
    // the same input gives the same file (UIDs stay stable between downloads)
    expect(serializeCalendar(calendar)).toBe(text);
  });

  it("refuses an event that ends before it starts", () => {
    expect(() => serializeCalendar({ ...calendar, events: [{ uid: "x", summary: "x", start: "2031-02-01", endExclusive: "2031-02-01" }] })).toThrow();
  });

  it("imports into ical.js with the same events, dates and text", () => {
    const comp = new ICAL.Component(ICAL.parse(text));
    const events = comp.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    const [eye, marathi] = events;
    expect(eye.uid).toBe("placement-1b2c@skillflow");
    expect(eye.summary).toBe(calendar.events[0].summary);
    expect(eye.description).toBe(calendar.events[0].description);
    expect(eye.location).toBe("PHC Mul, Chandrapur");
    expect(eye.startDate.isDate).toBe(true);
    expect(eye.startDate.toString()).toBe("2031-02-01");
    expect(eye.endDate.toString()).toBe("2031-02-15");
    expect(eye.duration.toSeconds()).toBe(14 * 86_400);
    expect(marathi.summary).toBe(longMarathi);
    expect(marathi.endDate.toString()).toBe("2032-01-01");
    expect(comp.getFirstPropertyValue("prodid")).toBe("-//SkillFlow//Placements//EN");
  });
});
