import { describe, expect, it } from "vitest";
import { startRanges } from "@/lib/data/matching/shortlist-queries";
import { addDays, overlapDays } from "@/lib/matching/dates";
import { mulberry32, randomInt } from "@/lib/matching/random";

// The shortlist's bounded scans (docs/decisions/007) must find a window exactly when it overlaps the
// need's window by at least minDays: brute force over random windows, lengths at every class edge.
const lengthClass = (days: number) => Math.min(9, Math.floor(Math.log2(days)));

describe("startRanges", () => {
  it("admits a window exactly when it overlaps the need by at least the minimum", () => {
    const rand = mulberry32(2026);
    const lengths = [1, 2, 3, 7, 8, 9, 15, 16, 31, 32, 63, 64, 127, 128, 255, 256, 511, 512, 513, 1000, 4000];
    let admitted = 0;
    for (let i = 0; i < 4000; i++) {
      const start = addDays("2027-01-01", randomInt(rand, 0, 60));
      const need = { window: { start, end: addDays(start, randomInt(rand, 1, 200)) }, minDays: 0 };
      need.minDays = randomInt(rand, 1, Math.min(120, Math.max(1, (Date.parse(need.window.end) - Date.parse(start)) / 86_400_000)));
      const length = lengths[randomInt(rand, 0, lengths.length - 1)];
      const windowStart = addDays(start, randomInt(rand, -length - 5, 205));
      const w = { start: windowStart, end: addDays(windowStart, length) };
      const expected = overlapDays(w, need.window) >= need.minDays;
      const range = startRanges(need).find((r) => r.lengthClass === lengthClass(length));
      const lastStart = addDays(need.window.end, -need.minDays);
      // The SQL adds end_day ≥ start + minDays and length ≥ minDays as filters.
      const found = range !== undefined && (range.firstStart === "-infinity" || w.start >= range.firstStart) && w.start <= lastStart
        && w.end >= addDays(need.window.start, need.minDays) && length >= need.minDays;
      expect(found, JSON.stringify({ need, w })).toBe(expected);
      if (expected) admitted++;
    }
    expect(admitted).toBeGreaterThan(500);
  });

  it("leaves out classes too short for the minimum and opens the top class", () => {
    const need = { window: { start: "2027-03-01", end: "2027-05-01" }, minDays: 20 };
    const ranges = startRanges(need);
    expect(ranges.map((r) => r.lengthClass)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(ranges[0].firstStart).toBe(addDays("2027-03-01", 20 - 31));
    expect(ranges.at(-1)!.firstStart).toBe("-infinity");
  });
});
