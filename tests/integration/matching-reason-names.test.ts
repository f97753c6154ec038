// Names in localized match reasons (lib/data/matching/reason-names.ts): Marathi district names
// where the reference data has them, English otherwise; language names in the reader's language.
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { loadReasonNames } from "@/lib/data/matching/reason-names";
import { useTestDb } from "../fixtures/db";

useTestDb();

const codes = { districts: ["490", "453", "not-a-code"], languages: ["mar", "hin"], specialties: ["08"] };

describe("loadReasonNames", () => {
  it("uses Marathi district names for mr and English where there is none", async () => {
    const names = await loadReasonNames(await getDb(), "mr", codes);
    expect(names.district?.("490")).toBe("पुणे");
    expect(names.district?.("453")).toMatch(/navsari/i); // a Gujarat district: no Marathi name
    expect(names.language?.("mar")).toBe("मराठी");
    expect(names.specialty?.("08")).toBe("कौटुंबिक वैद्यकीय व्यवसाय");
  });

  it("keeps the reference (English) names for en, as the engine's sentences do", async () => {
    const names = await loadReasonNames(await getDb(), "en", codes);
    expect(names.district?.("490")).toBe("Pune");
    expect(names.language?.("mar")).toBe("Marathi");
    expect(names.specialty?.("08")).toBe("Family Practice");
    expect(names.district?.("not-a-code")).toBeUndefined();
  });

  it("uses English district names for hi (the reference data has no Hindi ones)", async () => {
    const names = await loadReasonNames(await getDb(), "hi", codes);
    expect(names.district?.("490")).toBe("Pune");
    expect(names.language?.("hin")).toBe("हिन्दी");
    expect(names.specialty?.("08")).toBe("पारिवारिक चिकित्सा");
  });
});
