import { describe, expect, it } from "vitest";
import { formatDay, formatDaySpan as rawSpan, formatInstant, halfOpen, inclusive, readerTimeZone } from "@/lib/i18n/when";

// ICU puts thin spaces around the range dash; compare the words.
const formatDaySpan = (...a: Parameters<typeof rawSpan>) => rawSpan(...a).replace(/[\u2009\u202f]/g, " ");

describe("one rule for day ranges (ADR 011)", () => {
  it("shows a half-open range with its last day included", () => {
    const span = halfOpen("2026-10-08", "2026-10-22");
    expect(span).toEqual({ firstDay: "2026-10-08", lastDay: "2026-10-21", days: 14 });
    expect(formatDaySpan("en", span)).toBe("Oct 8 – 21, 2026");
    expect(inclusive("2026-10-08", "2026-10-21")).toEqual(span);
  });

  it("formats calendar days without shifting them, whatever the process zone", () => {
    expect(formatDay("en", "2026-10-08")).toBe("Oct 8, 2026");
    expect(formatDaySpan("en", inclusive("2026-12-30", "2027-01-02"))).toBe("Dec 30, 2026 – Jan 2, 2027");
  });
});

describe("times in the reader's zone, named", () => {
  const deadline = new Date("2026-12-14T23:27:00Z");
  it("names the zone", () => {
    expect(formatInstant("en", deadline, "America/Chicago")).toBe("Dec 14, 2026, 5:27 PM CST");
    expect(formatInstant("en", deadline, "Asia/Kolkata")).toMatch(/^Dec 15, 2026, 4:57 AM (GMT\+5:30|IST)$/);
  });

  it("takes the account setting, else the browser's zone, else the country's, else India", () => {
    expect(readerTimeZone({ setting: "Europe/London", browser: "America/Chicago", country: "US" })).toBe("Europe/London");
    expect(readerTimeZone({ setting: null, browser: "America/Chicago", country: "GB" })).toBe("America/Chicago");
    expect(readerTimeZone({ setting: "Not/AZone", browser: null, country: "US" })).toBe("America/New_York");
    expect(readerTimeZone({})).toBe("Asia/Kolkata");
  });
});
