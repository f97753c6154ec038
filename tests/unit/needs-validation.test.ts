import { describe, expect, it } from "vitest";
import { boardTerms, prefixLexeme } from "@/lib/data/needs/board-text";
import { boardQuerySchema, defaultCredentialLevel, needFieldsSchema, needRuleErrors } from "@/lib/validation/needs";

const base = {
  facilityId: "00000000-0000-4000-8000-000000000001",
  type: "rural_primary_care",
  mode: "in_person",
  title: "Rural primary care doctor",
  windowStart: "2031-03-01",
  windowEnd: "2031-03-31",
  minDays: "7",
  maxDays: "31",
  slots: "1",
};
const ctx = { today: "2031-01-01", capDays: 365, checkFuture: true };
const rules = (over: Record<string, unknown>, c = ctx) => needRuleErrors(needFieldsSchema.parse({ ...base, ...over }), c);

describe("need rules (pure)", () => {
  it("accepts a window whose maximum equals its length (the end date is inclusive)", () => {
    expect(rules({})).toEqual({});
    expect(rules({ maxDays: "32" })).toEqual({ maxDays: ["needs.errors.maxAboveWindow"] });
  });

  it("a cap of exactly the window length passes; one day less fails", () => {
    expect(rules({}, { ...ctx, capDays: 31 })).toEqual({});
    expect(rules({ maxDays: "30" }, { ...ctx, capDays: 30 })).toEqual({ windowEnd: ["needs.errors.windowAboveCap"] });
  });

  it("today is not in the future; the deadline must precede the first day", () => {
    expect(rules({ windowStart: "2031-01-01" }).windowStart).toEqual(["needs.errors.windowPast"]);
    expect(rules({ windowStart: "2031-01-01" }, { ...ctx, checkFuture: false }).windowStart).toBeUndefined();
    expect(rules({ applicationDeadline: "2031-03-01" }).applicationDeadline).toEqual(["needs.errors.deadlineAfterStart"]);
    expect(rules({ applicationDeadline: "2031-02-28" })).toEqual({});
  });

  it("defaults the credential level by type (DESIGN rule 3)", () => {
    expect(["rural_primary_care", "specialist_camp", "public_health", "teaching", "tele_mentoring"].map((t) => defaultCredentialLevel(t as never))).toEqual([
      3, 3, 2, 1, 1,
    ]);
  });
});

describe("board input", () => {
  it("keeps letters, digits and Devanagari marks; drops operators and quotes", () => {
    expect(boardTerms(`"Cardio' & | !Nagpr -- ; DROP`)).toEqual(["cardio", "nagpr", "drop"]);
    expect(boardTerms("ग्रामीण आरोग्य")).toEqual(["ग्रामीण", "आरोग्य"]);
    expect(boardTerms("🩺 \u0301 ")).toEqual([]);
    expect(boardTerms("a b c d e f g h i j")).toHaveLength(8);
    expect(prefixLexeme("cardio")).toBe("'cardio':*");
  });

  it("never rejects a query string: unusable values fall back to no filter", () => {
    const q = boardQuerySchema.parse({ q: "x".repeat(10_000), district: "1 OR 1=1", type: "<script>", sort: "';--", page: "-3", from: "2031-02-30" });
    expect(q).toMatchObject({ district: undefined, type: undefined, sort: "relevance", page: 1, from: undefined });
    expect(q.q).toHaveLength(200);
  });
});
