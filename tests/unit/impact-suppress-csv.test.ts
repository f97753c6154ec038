import { describe, expect, it } from "vitest";
import { suppressRows, suppressValue, tooSmall } from "@/lib/data/impact/suppress";
import { toCsv } from "@/lib/data/impact/csv";
import { feedbackInputFromForm, serviceReportSchema } from "@/lib/validation/impact";

describe("small-count suppression", () => {
  it("withholds groups of 1–4 people and shows 0 and 5+", () => {
    expect([0, 1, 4, 5, 6].map(tooSmall)).toEqual([false, true, true, false, false]);
    expect(suppressValue(42, 4)).toBeNull();
    expect(suppressValue(42, 5)).toBe(42);
  });

  it("withholds the next smallest group when only one would be withheld (no recovery by subtraction)", () => {
    const rows = [
      { k: "a", people: 20, n: 20 },
      { k: "b", people: 7, n: 9 },
      { k: "c", people: 6, n: 6 },
      { k: "d", people: 2, n: 2 },
    ];
    const out = suppressRows(rows, (r) => r.people, ["n"] as const);
    expect(out.map((r) => [r.k, r.n, r.suppressed])).toEqual([
      ["a", 20, false],
      ["b", 9, false],
      ["c", null, true],
      ["d", null, true],
    ]);
  });

  it("leaves a table alone when two or more groups are already withheld", () => {
    const out = suppressRows(
      [
        { people: 9, n: 9 },
        { people: 3, n: 3 },
        { people: 1, n: 1 },
      ],
      (r) => r.people,
      ["n"] as const,
    );
    expect(out.map((r) => r.n)).toEqual([9, null, null]);
  });
});

describe("CSV", () => {
  it("quotes per RFC 4180 and defuses spreadsheet formulas", () => {
    expect(
      toCsv(
        ["a", "b", "c"],
        [
          ["x,y", 'say "hi"', null],
          ["=HYPERLINK(1)", -3, true],
        ],
      ),
    ).toBe('a,b,c\r\n"x,y","say ""hi""",\r\n\'=HYPERLINK(1),-3,true\r\n');
  });
});

describe("report and feedback schemas", () => {
  it("reports every plausibility problem at once", () => {
    const r = serviceReportSchema.safeParse({ placementId: "00000000-0000-4000-8000-000000000001", daysServed: "3", hours: "80", patientsSeen: "1600" });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(paths).toEqual(expect.arrayContaining(["hours:impact.errors.hoursOverDays", "patientsSeen:impact.errors.implausible"]));
  });

  it("maps rating_<aspect> form fields to the ratings object, with every aspect present", () => {
    expect(feedbackInputFromForm({ side: "organization", placementId: "p", rating_teaching: "4", comment: "ok" })).toEqual({
      side: "organization",
      placementId: "p",
      comment: "ok",
      ratings: { teaching: "4", clinicalSkill: undefined, communication: undefined, reliability: undefined },
    });
  });
});
