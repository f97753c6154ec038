import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { areRelatedSpecialties, relatedSpecialtyCodes } from "@/lib/matching/related-specialties";

describe("related specialties", () => {
  it("uses only codes that exist in the CMS reference list", () => {
    const csv = readFileSync(path.join(process.cwd(), "db/reference/specialties_cms_medicare.csv"), "utf8");
    const known = new Set(
      csv
        .split("\n")
        .slice(1)
        .map((line) => line.split(",")[0])
        .filter(Boolean),
    );
    for (const code of relatedSpecialtyCodes()) expect(known.has(code), code).toBe(true);
  });

  it("is symmetric and never relates a code to itself", () => {
    expect(areRelatedSpecialties("08", "11")).toBe(true);
    expect(areRelatedSpecialties("11", "08")).toBe(true);
    expect(areRelatedSpecialties("08", "08")).toBe(false);
    expect(areRelatedSpecialties("18", "06")).toBe(false);
  });
});
