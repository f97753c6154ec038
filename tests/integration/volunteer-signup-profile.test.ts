import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consents, users, volunteerLanguages, volunteerPreferredDistricts, volunteerProfiles, volunteerSpecialties } from "@/db/schema";
import { signUp } from "@/lib/data/accounts/credentials";
import { getMyProfile, getVolunteerProfile } from "@/lib/data/volunteers/get-my-profile";
import { updateProfile } from "@/lib/data/volunteers/update-profile";
import { changeConsent, getMyConsents } from "@/lib/data/volunteers/consents";
import { searchReference } from "@/lib/data/volunteers/reference-lookup";
import { addDays, todayUtc } from "@/lib/validation/calendar-dates";
import { NOTICE_VERSION } from "@/lib/validation/volunteers";
import { useTestDb } from "../fixtures/db";
import { actorFor, createActor, createUser } from "../fixtures/actors";
import { expectAppError } from "../fixtures/app-error";

useTestDb();

let n = 0;
const volunteerSignUp = (over: Record<string, unknown> = {}) => ({
  name: "Dr Meera Kulkarni",
  email: `meera${++n}@example.org`,
  password: "a long enough password",
  accountType: "volunteer",
  consentMatching: "on",
  adultDeclared: "on",
  ...over,
});

async function signedUpVolunteer(over: Record<string, unknown> = {}) {
  const input = volunteerSignUp(over);
  const userId = (await signUp(input, null)).userId!;
  const db = await getDb();
  const [u] = await db.select().from(users).where(eq(users.id, userId));
  return actorFor(u, ["volunteer"]);
}

describe("volunteer sign-up with consent", () => {
  it("records one consent row per purpose under the notice version, and the profile row", async () => {
    const actor = await signedUpVolunteer({ consentProfileSharing: "on" });
    const db = await getDb();
    const rows = await db.select().from(consents).where(eq(consents.userId, actor.id));
    expect(Object.fromEntries(rows.map((r) => [r.purpose, r.granted]))).toEqual({ matching: true, profile_sharing: true, contact_future: false });
    expect(rows.every((r) => r.noticeVersion === NOTICE_VERSION)).toBe(true);
    const [profile] = await db.select().from(volunteerProfiles).where(eq(volunteerProfiles.userId, actor.id));
    expect(profile).toMatchObject({ fullName: "Dr Meera Kulkarni", adultDeclared: true, verificationLevel: 0 });
  });

  it("refuses a volunteer without matching consent or adulthood, with every field error at once, and writes nothing", async () => {
    const db = await getDb();
    const before = (await db.select().from(users)).length;
    const e = await expectAppError(signUp(volunteerSignUp({ consentMatching: undefined, adultDeclared: undefined, email: "bad" }), null));
    expect(Object.keys(e.fieldErrors).sort()).toEqual(["adultDeclared", "consentMatching", "email"]);
    expect(e.fieldErrors.consentMatching).toEqual(["consent_matching_required"]);
    expect((await db.select().from(users)).length).toBe(before);
  });

  it("checks age from a date of birth (the date arithmetic itself is unit-tested)", async () => {
    await expect(signedUpVolunteer({ adultDeclared: undefined, dateOfBirth: "1990-01-01" })).resolves.toBeTruthy();
    const seventeenish = addDays(todayUtc(), -17 * 365);
    const e = await expectAppError(signUp(volunteerSignUp({ adultDeclared: "on", dateOfBirth: seventeenish }), null));
    // a declaration does not override a date of birth that says otherwise
    expect(e.fieldErrors.dateOfBirth).toEqual(["adult_only"]);
  });

  it("refuses an impossible date of birth such as 29 February of a common year", async () => {
    const e = await expectAppError(signUp(volunteerSignUp({ dateOfBirth: "1990-02-29" }), null));
    expect(e.fieldErrors.dateOfBirth).toEqual(["date_invalid"]);
    await expect(signedUpVolunteer({ dateOfBirth: "1988-02-29", adultDeclared: undefined })).resolves.toBeTruthy();
  });

  it("keeps organisation sign-up working without volunteer consents", async () => {
    const userId = (await signUp({ name: "DHO Nagpur", email: `dho${++n}@example.org`, password: "a long enough password", accountType: "organization" }, null))
      .userId!;
    const db = await getDb();
    expect(await db.select().from(consents).where(eq(consents.userId, userId))).toHaveLength(0);
    expect(await db.select().from(volunteerProfiles).where(eq(volunteerProfiles.userId, userId))).toHaveLength(0);
  });

  it("withdrawal is one append-only row; the current state is the latest row", async () => {
    const actor = await signedUpVolunteer({ consentContactFuture: "on" });
    await changeConsent(actor, { purpose: "contact_future", granted: "false" });
    await changeConsent(actor, { purpose: "contact_future", granted: "false" }); // no-op: already withdrawn
    expect((await getMyConsents(actor)).contact_future.granted).toBe(false);
    const db = await getDb();
    const rows = await db
      .select()
      .from(consents)
      .where(and(eq(consents.userId, actor.id), eq(consents.purpose, "contact_future")));
    expect(rows.map((r) => r.granted).sort()).toEqual([false, true]);
    expect((await getMyConsents(actor)).contact_future.everGranted).toBe(true);
  });

  it("a consent refused at sign-up was never given, so it is not shown as withdrawn (issue 18)", async () => {
    const actor = await signedUpVolunteer({});
    const state = await getMyConsents(actor);
    expect(state.matching).toMatchObject({ granted: true, everGranted: true });
    expect(state.contact_future).toMatchObject({ granted: false, everGranted: false });
  });
});

describe("professional profile", () => {
  const validProfile = (over: Record<string, unknown> = {}) => ({
    fullName: "Dr Meera Kulkarni",
    professionCode: "71f09c8b-a172-408c-b9e7-32e580e39ff6",
    primarySpecialty: "01",
    otherSpecialties: ["08"],
    yearsExperience: "15",
    countryOfResidence: "us",
    city: "Houston",
    originStateCode: "27",
    originDistrict: "पुणे",
    preferredDistricts: ["nagpur", "Satara — सातारा, Maharashtra [494]"],
    inPerson: "on",
    remote: "on",
    maxPlacementDays: "60",
    bio: "Family physician.",
    phone: "+1 713 555 0100",
    "languages.0.language": "Marathi — मराठी [mar]",
    "languages.0.proficiency": "native",
    "languages.1.language": "english",
    "languages.1.proficiency": "fluent",
    "languages.2.language": "",
    "languages.2.proficiency": "",
    "qualifications.0.degree": "MBBS",
    "qualifications.0.institution": "B. J. Medical College, Pune",
    "qualifications.0.countryCode": "IN",
    "qualifications.0.year": "2005",
    ...over,
  });

  it("resolves pickers (English or Marathi names, bracketed codes) and saves the whole profile", async () => {
    const actor = await signedUpVolunteer();
    await updateProfile(actor, validProfile());
    const p = (await getMyProfile(actor))!;
    expect(p.originDistrictCode).toBe(490);
    expect(p.preferredDistricts.map((d) => d.code).sort()).toEqual([484, 494]);
    expect(p.languages.map((l) => [l.code, l.proficiency]).sort()).toEqual([
      ["eng", "fluent"],
      ["mar", "native"],
    ]);
    expect(p.primarySpecialty).toBe("01");
    expect(p.otherSpecialties).toEqual(["08"]);
    expect(p.countryOfResidence).toBe("US");
    expect(p.qualifications).toEqual([expect.objectContaining({ degree: "MBBS", countryCode: "IN", year: 2005 })]);
  });

  it("ignores mass-assigned role, verificationLevel and userId", async () => {
    const actor = await signedUpVolunteer();
    const other = await createUser({ roles: ["volunteer"] });
    await updateProfile(actor, { ...validProfile(), role: "coordinator", verificationLevel: "3", userId: other.id });
    const db = await getDb();
    const [mine] = await db.select().from(volunteerProfiles).where(eq(volunteerProfiles.userId, actor.id));
    expect(mine.verificationLevel).toBe(0);
    expect(await db.select().from(volunteerProfiles).where(eq(volunteerProfiles.userId, other.id))).toHaveLength(0);
  });

  it("returns every field error at once and changes nothing", async () => {
    const actor = await signedUpVolunteer();
    await updateProfile(actor, validProfile());
    const e = await expectAppError(
      updateProfile(
        actor,
        validProfile({
          fullName: "",
          originDistrict: "Atlantis",
          "languages.0.language": "Klingonese",
          primarySpecialty: "ZZ",
          inPerson: undefined,
          remote: undefined,
        }),
      ),
    );
    expect(e.code).toBe("invalid_input");
    expect(Object.keys(e.fieldErrors).sort()).toEqual(["fullName", "inPerson"]);
    // the reference check runs once the shape is valid, and reports all unknown references together
    const e2 = await expectAppError(
      updateProfile(actor, validProfile({ originDistrict: "Atlantis", "languages.0.language": "Klingonese", primarySpecialty: "ZZ" })),
    );
    expect(Object.keys(e2.fieldErrors).sort()).toEqual(["languages.0.language", "originDistrict", "primarySpecialty"]);
    const p = (await getMyProfile(actor))!;
    expect(p.originDistrictCode).toBe(490);
    const db = await getDb();
    expect(await db.select().from(volunteerLanguages).where(eq(volunteerLanguages.userId, actor.id))).toHaveLength(2);
    expect(await db.select().from(volunteerSpecialties).where(eq(volunteerSpecialties.userId, actor.id))).toHaveLength(2);
    expect(await db.select().from(volunteerPreferredDistricts).where(eq(volunteerPreferredDistricts.userId, actor.id))).toHaveLength(2);
  });

  it("another volunteer reading my profile gets not_found; a coordinator may read it", async () => {
    const me = await signedUpVolunteer();
    const other = await createActor(["volunteer"]);
    const coordinator = await createActor(["coordinator"]);
    const org = await createActor(["organization"]);
    expect((await expectAppError(getVolunteerProfile(other, me.id))).code).toBe("not_found");
    expect((await expectAppError(getVolunteerProfile(org, me.id))).code).toBe("not_found");
    expect((await getVolunteerProfile(coordinator, me.id)).fullName).toBe("Dr Meera Kulkarni");
  });

  it("searches reference data in English and Marathi, Maharashtra and seed languages first", async () => {
    expect((await searchReference("districts", "pune"))[0].code).toBe("490");
    expect((await searchReference("districts", "पुणे"))[0].code).toBe("490");
    const seed = await searchReference("languages", "");
    expect(seed.slice(0, 3).map((l) => l.code)).toEqual(["mar", "hin", "eng"]);
    expect((await searchReference("languages", "marathi"))[0].code).toBe("mar");
    expect((await searchReference("professions", "nurse")).length).toBeGreaterThan(1);
    expect(await searchReference("districts", "%")).toEqual([]);
  });
});
