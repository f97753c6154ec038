// Specialty and profession names in Marathi and Hindi (issue 15): one for every code of the reference
// files, actually translated, found by a picker in either script; languages named by Intl.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { codesNamed, countryDisplayName, languageDisplayName, referenceLabel, referenceName } from "@/lib/i18n/reference-names";
import mr from "@/lib/i18n/reference-names/mr.json";
import hi from "@/lib/i18n/reference-names/hi.json";

/** Code and English name of each row: the first CSV column (or the ESCO id at the end of the URI) and the second. */
function reference(file: string): Map<string, string> {
  const lines = readFileSync(path.join(process.cwd(), "db/reference", file), "utf8")
    .trim()
    .split("\n")
    .slice(1);
  return new Map(
    lines.map((line) => {
      const [first, second] = line.match(/("[^"]*"|[^,]*)/g)!.filter((_, i) => i % 2 === 0);
      return [first.split("/").pop()!, second.replace(/^"|"$/g, "")];
    }),
  );
}

const sources = { specialties: reference("specialties_cms_medicare.csv"), professions: reference("health_occupations_esco.csv") };

describe("reference names", () => {
  for (const [locale, names] of Object.entries({ mr, hi })) {
    for (const kind of ["specialties", "professions"] as const) {
      it(`${locale}: names every ${kind} code of the reference file and no other`, () => {
        expect(Object.keys(names[kind]).sort()).toEqual([...sources[kind].keys()].sort());
        for (const [code, english] of sources[kind]) {
          const local = referenceName(locale, kind, code, english);
          expect(local, `${kind} ${code}`).not.toBe(english);
          expect(local, `${kind} ${code}`).toMatch(/[\u0900-\u097F]/); // Devanagari
        }
      });
    }
  }

  it("falls back to English for English readers and for codes without a translation", () => {
    expect(referenceName("en", "specialties", "37", "Pediatric Medicine")).toBe("Pediatric Medicine");
    expect(referenceName("mr", "specialties", "ZZ", "Something new")).toBe("Something new");
    expect(referenceName("mr", "specialties", "37", "Pediatric Medicine")).toBe("बालरोगशास्त्र");
    expect(referenceLabel("hi", "specialties", "37", "Pediatric Medicine")).toBe("बाल रोग चिकित्सा (Pediatric Medicine)");
    expect(referenceLabel("en", "specialties", "37", "Pediatric Medicine")).toBe("Pediatric Medicine");
  });

  it("finds codes by their Marathi or Hindi name", () => {
    expect(codesNamed("specialties", "बालरोग")).toContain("37");
    expect(codesNamed("specialties", "बाल रोग")).toContain("37");
    expect(codesNamed("specialties", "  ")).toEqual([]);
    expect(codesNamed("professions", "परिचारिका").length).toBeGreaterThan(2);
  });

  it("names languages with the runtime's data, English where it has none", () => {
    expect(languageDisplayName("mr", "mar", "Marathi")).toBe("मराठी");
    expect(languageDisplayName("hi", "eng", "English")).toBe("अंग्रेज़ी");
    expect(languageDisplayName("en", "mar", "Marathi")).toBe("Marathi");
    expect(languageDisplayName("mr", "tcy", "Tulu")).toBe("Tulu");
  });

  it("names countries with the runtime's data, English where it has none", () => {
    expect(countryDisplayName("mr", "GB", "United Kingdom")).toBe("युनायटेड किंगडम");
    expect(countryDisplayName("hi", "AE", "United Arab Emirates")).toMatch(/[\u0900-\u097F]/);
    expect(countryDisplayName("en", "GB", "United Kingdom")).toBe("United Kingdom");
    expect(countryDisplayName("mr", "not a code", "Nowhere")).toBe("Nowhere");
  });
});
