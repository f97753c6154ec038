// DESIGN rule 4: hard requirements exclude, with a reason code per unmet requirement.
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/matching/explain";
import { need, volunteer } from "./factories";

const codes = (e: ReturnType<typeof evaluate>) => (e.eligible ? [] : e.exclusions.map((x) => x.code));

describe("eligibility", () => {
  it("accepts a volunteer who meets every requirement", () => {
    expect(evaluate(volunteer(), need()).eligible).toBe(true);
  });

  it("excludes when consent to matching is withdrawn", () => {
    expect(codes(evaluate(volunteer({ consentMatching: false }), need()))).toEqual(["consent_withdrawn"]);
  });

  it("excludes a different profession, and a specialty neither equal nor related", () => {
    expect(codes(evaluate(volunteer({ professionCode: "2221" }), need()))).toEqual(["profession_mismatch"]);
    expect(codes(evaluate(volunteer({ specialties: [{ code: "18", primary: true }] }), need()))).toEqual(["specialty_mismatch"]);
    // Internal Medicine (11) is related to Family Practice (08): eligible, scored lower.
    expect(evaluate(volunteer({ specialties: [{ code: "11", primary: true }] }), need()).eligible).toBe(true);
    expect(evaluate(volunteer({ specialties: [] }), need({ specialtyCode: null })).eligible).toBe(true);
  });

  it("reports every unmet requirement, not only the first", () => {
    const e = evaluate(volunteer({ consentMatching: false, verificationLevel: 1, languages: [] }), need({ requiredLanguages: ["mar"] }));
    expect(codes(e)).toEqual(["consent_withdrawn", "credential_level_too_low", "required_language_missing"]);
  });

  it("excludes a credential level below the need's minimum", () => {
    const e = evaluate(volunteer({ verificationLevel: 2 }), need({ minCredentialLevel: 3 }));
    expect(codes(e)).toEqual(["credential_level_too_low"]);
    expect(e.eligible ? "" : e.exclusions[0].params).toEqual({ level: 2, required: 3 });
  });

  it("excludes a credential that expires before the window's last day, and accepts one valid through it", () => {
    // Window [2025-01-01, 2025-03-01): last day 2025-02-28.
    expect(codes(evaluate(volunteer({ verificationValidUntil: "2025-02-10" }), need()))).toEqual(["credential_expires_in_window"]);
    expect(codes(evaluate(volunteer({ verificationValidUntil: "2025-02-27" }), need()))).toEqual(["credential_expires_in_window"]);
    expect(evaluate(volunteer({ verificationValidUntil: "2025-02-28" }), need()).eligible).toBe(true);
    // Expiry does not matter when the need asks for no verification at all.
    expect(evaluate(volunteer({ verificationLevel: 0, verificationValidUntil: "2024-01-01" }), need({ minCredentialLevel: 0 })).eligible).toBe(true);
  });

  it("handles 29 February in windows and credential expiry", () => {
    const leap = need({ window: { start: "2024-02-01", end: "2024-03-01" }, minDays: 29, maxDays: 29 });
    const v = volunteer({
      verificationValidUntil: "2024-02-29",
      availability: [{ start: "2024-02-01", end: "2024-03-01", mode: "in_person", hoursPerWeek: null }],
    });
    expect(evaluate(v, leap).eligible).toBe(true); // 29 days in February 2024, valid through 29 Feb
    expect(codes(evaluate({ ...v, verificationValidUntil: "2024-02-28" }, leap))).toEqual(["credential_expires_in_window"]);
  });

  it("accepts an overlap of exactly the minimum and excludes one day less", () => {
    const n = need({ minDays: 10, window: { start: "2025-01-01", end: "2025-02-01" } });
    const at = (start: string, end: string) => volunteer({ availability: [{ start, end, mode: "in_person", hoursPerWeek: null }] });
    expect(evaluate(at("2024-12-01", "2025-01-11"), n).eligible).toBe(true); // Jan 1–10: 10 days
    const short = evaluate(at("2024-12-01", "2025-01-10"), n);
    expect(codes(short)).toEqual(["insufficient_overlap"]);
    expect(short.eligible ? null : short.exclusions[0].params).toMatchObject({ days: 9, minDays: 10 });
  });

  it("does not add up two windows: each disjoint window must cover the minimum on its own", () => {
    const n = need({ minDays: 10, window: { start: "2025-01-01", end: "2025-02-01" } });
    const v = volunteer({
      availability: [
        { start: "2025-01-01", end: "2025-01-07", mode: "in_person", hoursPerWeek: null },
        { start: "2025-01-20", end: "2025-01-26", mode: "in_person", hoursPerWeek: null },
      ],
    });
    expect(codes(evaluate(v, n))).toEqual(["insufficient_overlap"]);
  });

  it("matches remote needs only with remote availability, in-person needs only with in-person availability", () => {
    const remoteOnly = volunteer({ inPerson: false, availability: [{ start: "2025-01-01", end: "2025-03-01", mode: "remote", hoursPerWeek: 4 }] });
    expect(codes(evaluate(remoteOnly, need()))).toEqual(["mode_mismatch", "insufficient_overlap"]);
    expect(evaluate(remoteOnly, need({ remote: true, type: "tele_mentoring", minCredentialLevel: 1 })).eligible).toBe(true);
    // Willing to serve remotely but with only in-person dates: no remote overlap.
    expect(codes(evaluate(volunteer(), need({ remote: true })))).toEqual(["insufficient_overlap"]);
    expect(
      codes(
        evaluate(
          volunteer({ remote: false, availability: [{ start: "2025-01-01", end: "2025-03-01", mode: "remote", hoursPerWeek: 4 }] }),
          need({ remote: true }),
        ),
      ),
    ).toEqual(["mode_mismatch"]);
  });

  it("requires required languages at least conversationally", () => {
    const n = need({ requiredLanguages: ["mar"] });
    expect(codes(evaluate(volunteer({ languages: [{ code: "eng", proficiency: "native" }] }), n))).toEqual(["required_language_missing"]);
    expect(codes(evaluate(volunteer({ languages: [{ code: "mar", proficiency: "basic" }] }), n))).toEqual(["required_language_missing"]);
    expect(evaluate(volunteer({ languages: [{ code: "mar", proficiency: "conversational" }] }), n).eligible).toBe(true);
  });

  it("names the missing language in the English text when a name lookup is given", () => {
    const e = evaluate(volunteer({ languages: [] }), need({ requiredLanguages: ["mar"] }), { language: (c) => (c === "mar" ? "Marathi" : undefined) });
    expect(e.eligible ? "" : e.exclusions[0].text).toBe("Does not speak Marathi (required)");
  });
});
