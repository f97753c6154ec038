// Pickers and the board's filters name specialties and professions in the reader's language and find
// them by an English, Marathi or Hindi name (issue 15), on both engines.
import { describe, expect, it } from "vitest";
import { searchReference } from "@/lib/data/volunteers/reference-lookup";
import { professionOptions, specialtyOptions } from "@/lib/data/needs/reference-options";
import { useTestDb } from "../fixtures/db";

useTestDb();

describe("reference pickers in Marathi and Hindi", () => {
  it("finds a specialty by its Marathi or Hindi name, labelled in the reader's language", async () => {
    const marathi = await searchReference("specialties", "बालरोग", undefined, "mr");
    expect(marathi.map((o) => o.code)).toContain("37");
    expect(marathi.find((o) => o.code === "37")!.label).toBe("बालरोगशास्त्र (Pediatric Medicine)");
    const hindi = await searchReference("specialties", "बाल रोग", undefined, "hi");
    expect(hindi.find((o) => o.code === "37")!.label).toBe("बाल रोग चिकित्सा (Pediatric Medicine)");
    expect((await searchReference("specialties", "pediatric")).find((o) => o.code === "37")!.label).toBe("Pediatric Medicine");
  });

  it("finds professions by a Marathi word and still by English ones", async () => {
    const nurses = await searchReference("professions", "परिचारिका", undefined, "mr");
    expect(nurses.length).toBeGreaterThan(2);
    expect(nurses.every((o) => o.label.includes("परिचारिका") || o.label.toLowerCase().includes("nurs"))).toBe(true);
    expect((await searchReference("professions", "nurse")).length).toBeGreaterThan(1);
    expect(await searchReference("specialties", "%")).toEqual([]);
  });

  it("names countries in the reader's language in the picker, English beside", async () => {
    const [mr, en] = await Promise.all([searchReference("countries", "", undefined, "mr"), searchReference("countries", "")]);
    expect(mr.find((o) => o.code === "GB")!.label).toBe("युनायटेड किंगडम (United Kingdom)");
    expect(en.find((o) => o.code === "GB")!.label).toBe("United Kingdom");
    expect((await searchReference("countries", "अमेरिका", undefined, "hi")).map((o) => o.code)).toContain("US");
  });

  it("labels the board's filter options in the reader's language", async () => {
    const [mr, en, hiProfessions] = await Promise.all([specialtyOptions("mr"), specialtyOptions(), professionOptions("hi")]);
    expect(mr.find((o) => o.value === "37")!.label).toBe("बालरोगशास्त्र (Pediatric Medicine)");
    expect(en.find((o) => o.value === "37")!.label).toBe("Pediatric Medicine");
    expect(mr).toHaveLength(en.length);
    expect(hiProfessions.every((o) => /[\u0900-\u097F]/.test(o.label))).toBe(true);
  });
});
