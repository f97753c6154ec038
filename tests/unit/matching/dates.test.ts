import { describe, expect, it } from "vitest";
import { addDays, daysBetween, overlapDays, toDayNumber } from "@/lib/matching/dates";

describe("dates", () => {
  it("counts days across 29 February in a leap year", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2023-02-28", "2023-03-01")).toBe(1);
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
  });

  it("rejects impossible and malformed dates", () => {
    expect(() => toDayNumber("2023-02-29")).toThrow(/no such date/);
    expect(() => toDayNumber("2024-13-01")).toThrow(/no such date/);
    expect(() => toDayNumber("2024-1-01")).toThrow(/YYYY-MM-DD/);
  });

  it("overlaps half-open ranges: touching ranges share no day", () => {
    expect(overlapDays({ start: "2025-01-01", end: "2025-01-10" }, { start: "2025-01-10", end: "2025-01-20" })).toBe(0);
    expect(overlapDays({ start: "2025-01-01", end: "2025-01-11" }, { start: "2025-01-10", end: "2025-01-20" })).toBe(1);
    expect(overlapDays({ start: "2025-01-05", end: "2025-01-08" }, { start: "2025-01-01", end: "2025-02-01" })).toBe(3);
    expect(overlapDays({ start: "2025-03-01", end: "2025-03-08" }, { start: "2025-01-01", end: "2025-02-01" })).toBe(0);
  });
});
