import { describe, expect, it } from "vitest";
import { addDays, anniversary, isAdultOn, isCalendarDate, parseDateRange } from "@/lib/validation/calendar-dates";
import { availabilitySchema, licenceSchema, profileSchema, unflatten } from "@/lib/validation/volunteers";
import { maskLicenceNumber } from "@/lib/data/volunteers/licence-mask";
import { safeDisplayName, sniffDocumentType } from "@/lib/storage/sniff";
import { missingForNextLevel } from "@/lib/data/volunteers/verification-progress";

describe("calendar dates", () => {
  it("accepts 29 February only in leap years", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2027-02-29")).toBe(false);
    expect(isCalendarDate("2100-02-29")).toBe(false);
    expect(isCalendarDate("2000-02-29")).toBe(true);
    expect(isCalendarDate("2027-13-01")).toBe(false);
    expect(isCalendarDate("27-01-01")).toBe(false);
  });

  it("a 29 February birthday turns 18 on 1 March in a common year", () => {
    expect(anniversary("2008-02-29", 18)).toBe("2026-03-01");
    expect(isAdultOn("2008-02-29", "2026-02-28")).toBe(false);
    expect(isAdultOn("2008-02-29", "2026-03-01")).toBe(true);
    expect(isAdultOn("2010-02-28", "2028-02-28")).toBe(true);
    expect(isAdultOn("2010-03-01", "2028-02-29")).toBe(false);
  });

  it("reads canonical and inclusive daterange text", () => {
    expect(parseDateRange("[2027-01-01,2027-02-01)")).toEqual({ start: "2027-01-01", end: "2027-02-01" });
    expect(parseDateRange("[2027-01-01,2027-01-31]")).toEqual({ start: "2027-01-01", end: "2027-02-01" });
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });
});

describe("volunteer schemas", () => {
  it("availability: last day before first day and hours for in-person windows are refused", () => {
    const r = availabilitySchema.safeParse({ start: "2027-03-10", lastDay: "2027-03-09", mode: "in_person", hoursPerWeek: "5" });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join("."), i.message]).sort()).toEqual([
      ["hoursPerWeek", "hours_remote_only"],
      ["lastDay", "end_before_start"],
    ]);
    expect(availabilitySchema.safeParse({ start: "2027-02-29", lastDay: "2027-03-09", mode: "remote" }).error!.issues[0].message).toBe("date_invalid");
  });

  it("licences: expiry must follow the start; numbers are plain identifiers", () => {
    const r = licenceSchema.safeParse({ authority: "GMC", countryCode: "gb", number: "../etc", validFrom: "2020-01-01", validTo: "2020-01-01" });
    expect(r.error!.issues.map((i) => i.path.join(".")).sort()).toEqual(["number", "validTo"]);
    expect(licenceSchema.parse({ authority: "GMC", countryCode: "gb", number: "7012345" }).countryCode).toBe("GB");
  });

  it("form rows unflatten into arrays and unknown keys are stripped", () => {
    expect(unflatten({ "languages.1.language": "mar", "languages.0.language": "eng", x: 1 })).toEqual({
      languages: [{ language: "eng" }, { language: "mar" }],
      x: 1,
    });
    const parsed = profileSchema.parse({ fullName: "A", inPerson: "on", verificationLevel: 3, userId: "x", role: "admin" });
    expect(Object.keys(parsed)).not.toEqual(expect.arrayContaining(["verificationLevel"]));
    expect("userId" in parsed || "role" in parsed).toBe(false);
  });
});

describe("documents and licences helpers", () => {
  it("recognises types from content, never from the name", () => {
    expect(sniffDocumentType(new Uint8Array(Buffer.from("%PDF-1.4")))?.contentType).toBe("application/pdf");
    expect(sniffDocumentType(new Uint8Array([0xff, 0xd8, 0xff, 0xdb]))?.ext).toBe("jpg");
    expect(sniffDocumentType(new Uint8Array(Buffer.from("<html><script>")))).toBeNull();
    expect(sniffDocumentType(new Uint8Array(Buffer.from("GIF89a")))).toBeNull();
  });

  it("display names drop paths and control characters", () => {
    expect(safeDisplayName("../../etc/passwd", "pdf")).toBe("passwd");
    expect(safeDisplayName("C:\\Users\\me\\licence.pdf", "pdf")).toBe("licence.pdf");
    expect(safeDisplayName("..", "pdf")).toBe("document.pdf");
    expect(safeDisplayName('a"\r\nb.pdf', "pdf")).toBe("ab.pdf");
  });

  it("masks licence numbers but keeps the last characters", () => {
    expect(maskLicenceNumber("GMC7012345")).toBe("•••••••345");
    expect(maskLicenceNumber("1234")).toBe("••••34");
    expect(maskLicenceNumber("123")).not.toContain("1");
  });

  it("lists what is missing for the next verification level", () => {
    const base = { validUntil: null, hasPhone: false, hasProfession: true, licences: [] };
    expect(missingForNextLevel({ ...base, level: 0 }).missing).toEqual(["phone", "coordinatorIdentityCheck"]);
    expect(missingForNextLevel({ ...base, level: 1 }).missing).toEqual(["licence", "coordinatorLicenceCheck"]);
    const lic = { status: "unverified", hasDocument: false, hasNumber: true, validTo: null, countryCode: "GB" };
    expect(missingForNextLevel({ ...base, level: 1, licences: [lic] }).missing).toEqual(["licenceDocument", "licenceExpiry", "coordinatorLicenceCheck"]);
    expect(missingForNextLevel({ ...base, level: 2, licences: [lic] }).missing).toEqual(["indianRegistration", "coordinatorStandingCheck"]);
    expect(missingForNextLevel({ ...base, level: 3 })).toEqual({ nextLevel: null, missing: [] });
  });
});
