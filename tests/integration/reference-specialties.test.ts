// Issue 18: "Psychologist, Clinical" appeared twice in every specialty picker (Medicare codes 62 and
// 68 are billing variants with one name). Pickers offer each name once.
import { describe, expect, it } from "vitest";
import { specialtyOptions } from "@/lib/data/needs/reference-options";
import { searchReference } from "@/lib/data/volunteers/reference-lookup";
import { useTestDb } from "../fixtures/db";

useTestDb();

describe("specialty pickers", () => {
  it("offer each specialty name once, with its first code", async () => {
    const options = await specialtyOptions();
    const labels = options.map((o) => o.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(options.filter((o) => o.label === "Psychologist, Clinical")).toEqual([{ value: "62", label: "Psychologist, Clinical" }]);
    const searched = await searchReference("specialties", "psychologist");
    expect(searched.filter((o) => o.label === "Psychologist, Clinical").map((o) => o.code)).toEqual(["62"]);
  });
});
