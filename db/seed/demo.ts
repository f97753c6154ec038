// The demo programme: a realistic Maharashtra programme drawn from the reference data.
// Deterministic (seeded PRNG) and dated relative to the day it runs, so needs are always upcoming.
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import {
  users,
  userRoles,
  organizations,
  organizationMembers,
  facilities,
  needs,
  needLanguages,
  volunteerProfiles,
  volunteerSpecialties,
  volunteerLanguages,
  volunteerPreferredDistricts,
  qualifications,
  licences,
  availabilityWindows,
  consents,
  interests,
  settings,
  refDistricts,
  refTalukas,
  refDemoFacilities,
} from "../schema";
import { hashPassword } from "@/lib/auth/password";
import { rng, isoDate, addDays, range } from "./random";
import { seedActivity } from "./demo-activity";
import {
  DEMO_PASSWORD,
  DEMO_DOMAIN,
  firstNames,
  surnames,
  professions,
  professionWeights,
  specialtyWeights,
  countries,
  cities,
  licensingAuthority,
  demoPhone,
  dhoDistricts,
  medicalColleges,
} from "./demo-data";

export type DemoAccount = { email: string; role: string; note: string };
export type DemoSummary = { accounts: DemoAccount[]; counts: Record<string, number>; password: string };

const SEED = 20261128;
const NOTICE_VERSION = "2026-11";
const STATE_MH = 27;

type District = { code: number; nameEn: string; division: string | null };

async function insertMany<T>(db: Db, table: Parameters<Db["insert"]>[0], rows: T[], chunk = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) await db.insert(table).values(rows.slice(i, i + chunk) as never);
}

export async function isDemoSeeded(db: Db): Promise<boolean> {
  const [row] = await db.select().from(settings).where(eq(settings.key, "demo.seeded"));
  return !!row;
}

type Rng = ReturnType<typeof rng>;
type DemoUser = { id: string; email: string; name: string; passwordHash: string; isDemo: number };
type OrgSpec = { name: string; kind: (typeof organizations.$inferInsert)["kind"]; district: District; slug: string; status: "verified" | "pending" };
type DemoOrganizations = { specs: OrgSpec[]; orgRows: (typeof organizations.$inferInsert & { id: string })[]; members: DemoUser[] };
type FacilityRow = typeof facilities.$inferInsert & { id: string };
type NeedRow = typeof needs.$inferInsert & { id: string };

/**
 * What every step of the demo seed shares: the database, the one seeded random stream (the steps run
 * in a fixed order and draw from it in turn, so the demo is the same on every machine), the day it is
 * dated from, and the sign-in accounts printed at the end.
 */
type SeedContext = { db: Db; r: Rng; today: string; accounts: DemoAccount[]; makeUser: (email: string, name: string) => DemoUser };

export async function seedDemo(db: Db, opts: { today?: string; volunteers?: number } = {}): Promise<DemoSummary> {
  const r = rng(SEED);
  const today = opts.today ?? isoDate(new Date());
  const volunteerCount = opts.volunteers ?? 2000;
  const passwordHash = await hashPassword(DEMO_PASSWORD); // one hash for every demo account: seeding stays fast
  const mhDistricts: District[] = await db
    .select({ code: refDistricts.code, nameEn: refDistricts.nameEn, division: refDistricts.division })
    .from(refDistricts)
    .where(eq(refDistricts.stateCode, STATE_MH));
  const talukas = await db.select().from(refTalukas);
  const sampleFacilities = await db.select().from(refDemoFacilities);
  const accounts: DemoAccount[] = [];
  const makeUser = (email: string, name: string): DemoUser => ({ id: crypto.randomUUID(), email, name, passwordHash, isDemo: 1 });
  const ctx: SeedContext = { db, r, today, accounts, makeUser };

  const coordinators = await seedStaff(ctx);
  const orgs = await seedOrganizations(ctx, new Map(mhDistricts.map((d) => [d.nameEn, d])), coordinators);
  const facilityRows = await seedFacilities(ctx, orgs, talukas, sampleFacilities);
  const needRows = await seedNeeds(ctx, orgs, facilityRows);
  const { vUsers, profiles } = await seedVolunteers(ctx, volunteerCount, mhDistricts, coordinators);
  const interestCount = await seedInterests(ctx, needRows, vUsers, profiles, volunteerCount);

  // Matches, placements, reports and feedback come from the placement and impact features.
  await seedActivity(db, r, { today, coordinators, needs: needRows, volunteers: vUsers });

  await db.insert(settings).values({ key: "demo.seeded", value: { at: new Date().toISOString(), seed: SEED } as never });
  return {
    accounts,
    password: DEMO_PASSWORD,
    counts: {
      organizations: orgs.orgRows.length,
      facilities: facilityRows.length,
      needs: needRows.length,
      volunteers: vUsers.length,
      interests: interestCount,
    },
  };
}

/** The admin and two coordinators. */
async function seedStaff({ db, accounts, makeUser }: SeedContext): Promise<DemoUser[]> {
  const admin = makeUser(`admin@${DEMO_DOMAIN}`, "Demo Admin");
  const coordinators = [
    makeUser(`coordinator@${DEMO_DOMAIN}`, "Anita Kulkarni (coordinator)"),
    makeUser(`coordinator2@${DEMO_DOMAIN}`, "Rahul Deshmukh (coordinator)"),
  ];
  await insertMany(db, users, [admin, ...coordinators]);
  await insertMany(db, userRoles, [{ userId: admin.id, role: "admin" }, ...coordinators.map((c) => ({ userId: c.id, role: "coordinator" }))]);
  accounts.push({ email: admin.email, role: "admin", note: "accounts, roles, outbox" });
  accounts.push(...coordinators.map((c) => ({ email: c.email, role: "coordinator", note: "verification, matching, approvals" })));

  return coordinators;
}

/** A state department, district health offices (the last one pending), medical colleges, a hospital, an NGO and a diaspora association, each with an admin member. */
async function seedOrganizations(
  { db, r, accounts, makeUser }: SeedContext,
  byName: Map<string, District>,
  coordinators: DemoUser[],
): Promise<DemoOrganizations> {
  const specs: OrgSpec[] = [
    {
      name: "Public Health Department, Government of Maharashtra",
      kind: "state_health_department",
      district: byName.get("Mumbai City")!,
      slug: "phd",
      status: "verified",
    },
    ...dhoDistricts.map((d, i) => ({
      name: `District Health Office, ${d}`,
      kind: "district_health_office" as const,
      district: byName.get(d)!,
      slug: `dho.${d.toLowerCase().replace(/\s+/g, "")}`,
      status: (i === dhoDistricts.length - 1 ? "pending" : "verified") as "verified" | "pending",
    })),
    ...medicalColleges.map((m) => ({
      name: m.name,
      kind: "government_medical_college" as const,
      district: byName.get(m.district)!,
      slug: `gmc.${m.district.split(" ")[0].toLowerCase()}`,
      status: "verified" as const,
    })),
    { name: "Civil Hospital, Alibag", kind: "hospital", district: byName.get("Raigad")!, slug: "ch.alibag", status: "verified" },
    { name: "Arogya Seva Trust (demo NGO)", kind: "ngo", district: byName.get("Gadchiroli")!, slug: "ngo.arogya", status: "verified" },
    {
      name: "Marathi Doctors Abroad Network (demo association)",
      kind: "diaspora_association",
      district: byName.get("Pune")!,
      slug: "assoc.mdan",
      status: "verified",
    },
  ];
  const orgRows = specs.map((s) => ({
    id: crypto.randomUUID(),
    name: s.name,
    kind: s.kind,
    stateCode: STATE_MH,
    districtCode: s.district.code,
    contactEmail: `${s.slug}@${DEMO_DOMAIN}`,
    status: s.status,
    verifiedAt: s.status === "verified" ? new Date() : null,
    verifiedBy: s.status === "verified" ? coordinators[0].id : null,
  }));
  await insertMany(db, organizations, orgRows);
  const members = specs.map((s) => makeUser(`${s.slug}@${DEMO_DOMAIN}`, `${r.pick(firstNames)} ${r.pick(surnames)} (${s.slug})`));
  await insertMany(db, users, members);
  await insertMany(
    db,
    userRoles,
    members.map((m) => ({ userId: m.id, role: "organization" })),
  );
  await insertMany(
    db,
    organizationMembers,
    members.map((m, i) => ({ organizationId: orgRows[i].id, userId: m.id, isAdmin: true })),
  );
  for (const slug of ["dho.raigad", "gmc.nagpur", "dho.gadchiroli", dhoDistricts.length ? `dho.${dhoDistricts[dhoDistricts.length - 1].toLowerCase()}` : ""]) {
    const i = specs.findIndex((s) => s.slug === slug);
    if (i >= 0)
      accounts.push({
        email: members[i].email,
        role: "organization",
        note: `${specs[i].name}${specs[i].status === "pending" ? " — pending verification" : ""}`,
      });
  }

  return { specs, orgRows, members };
}

async function seedFacilities(
  { db, r }: SeedContext,
  { specs, orgRows }: DemoOrganizations,
  talukas: (typeof refTalukas.$inferSelect)[],
  sampleFacilities: (typeof refDemoFacilities.$inferSelect)[],
): Promise<FacilityRow[]> {
  // Facilities: the Co-WIN sample where the district has it, otherwise the district hospital and
  // rural hospitals / PHCs named after real talukas of the district.
  const typeMap: Record<string, (typeof facilities.$inferInsert)["type"]> = {
    SC: "sub_centre",
    PHC: "phc",
    UPHC: "phc",
    UHC: "other",
    RH: "chc",
    SDH: "sub_district_hospital",
    DH: "district_hospital",
    GMC: "medical_college",
  };
  const facilityRows: (typeof facilities.$inferInsert & { id: string })[] = [];
  specs.forEach((s, i) => {
    if (s.kind === "diaspora_association") return;
    const orgId = orgRows[i].id;
    const districtTalukas = talukas.filter((t) => t.districtCode === s.district.code);
    if (s.kind === "government_medical_college") {
      facilityRows.push({
        id: crypto.randomUUID(),
        organizationId: orgId,
        type: "medical_college",
        name: s.name,
        districtCode: s.district.code,
        address: s.district.nameEn,
      });
      return;
    }
    const sample = sampleFacilities.filter((f) => f.districtCode === s.district.code && f.type !== "SC");
    if (sample.length && s.kind !== "state_health_department") {
      for (const f of r.sample(sample, s.kind === "hospital" ? 2 : 6)) {
        facilityRows.push({
          id: crypto.randomUUID(),
          organizationId: orgId,
          type: typeMap[f.type] ?? "other",
          name: f.name,
          districtCode: f.districtCode,
          address: f.block ?? "",
          pincode: f.pincode,
        });
      }
      return;
    }
    facilityRows.push({
      id: crypto.randomUUID(),
      organizationId: orgId,
      type: "district_hospital",
      name: `District Hospital, ${s.district.nameEn}`,
      districtCode: s.district.code,
      address: s.district.nameEn,
    });
    for (const t of r.sample(districtTalukas, 2))
      facilityRows.push({
        id: crypto.randomUUID(),
        organizationId: orgId,
        type: "chc",
        name: `Rural Hospital, ${t.nameEn}`,
        districtCode: s.district.code,
        talukaCode: t.code,
        address: t.nameEn,
      });
    for (const t of r.sample(districtTalukas, 2))
      facilityRows.push({
        id: crypto.randomUUID(),
        organizationId: orgId,
        type: "phc",
        name: `Primary Health Centre, ${t.nameEn}`,
        districtCode: s.district.code,
        talukaCode: t.code,
        address: t.nameEn,
      });
  });
  await insertMany(db, facilities, facilityRows);

  return facilityRows;
}

async function seedNeeds({ db, r, today }: SeedContext, { specs, orgRows, members }: DemoOrganizations, facilityRows: FacilityRow[]): Promise<NeedRow[]> {
  // Needs: ~10 per hosting organisation, of the types that organisation posts.
  const needRows: (typeof needs.$inferInsert & { id: string })[] = [];
  const needLangRows: (typeof needLanguages.$inferInsert)[] = [];
  const campSpecialties = ["18", "16", "37", "02", "06", "20", "07", "04"];
  const specialtyName: Record<string, string> = {
    "18": "Ophthalmology",
    "16": "Obstetrics & gynaecology",
    "37": "Paediatrics",
    "02": "General surgery",
    "06": "Cardiology",
    "20": "Orthopaedics",
    "07": "Dermatology",
    "04": "ENT",
    "11": "Internal medicine",
    "26": "Psychiatry",
    "05": "Anaesthesiology",
  };
  specs.forEach((s, i) => {
    if (s.kind === "diaspora_association") return;
    const orgFacilities = facilityRows.filter((f) => f.organizationId === orgRows[i].id);
    const types: (typeof needs.$inferInsert)["type"][] =
      s.kind === "government_medical_college"
        ? ["teaching", "teaching", "specialist_camp", "tele_mentoring"]
        : s.kind === "state_health_department"
          ? ["public_health", "tele_mentoring", "teaching"]
          : s.kind === "ngo"
            ? ["public_health", "rural_primary_care"]
            : ["rural_primary_care", "rural_primary_care", "specialist_camp", "public_health", "tele_mentoring"];
    const count = s.kind === "state_health_department" ? 8 : s.kind === "hospital" ? 6 : s.kind === "ngo" ? 6 : 11;
    for (let k = 0; k < count; k++) {
      const type = r.pick(types);
      const facility = r.pick(orgFacilities);
      const remote = type === "tele_mentoring";
      const start = addDays(today, r.int(21, 240));
      const windowDays = remote ? r.int(8, 16) * 7 : r.int(30, 150);
      const minDays = remote ? 28 : type === "specialist_camp" ? r.int(3, 10) : r.int(14, 30);
      const maxDays = Math.min(windowDays, remote ? windowDays : minDays + r.int(7, 60));
      let professionCode: string | null;
      let specialtyCode: string | null;
      let title: string;
      if (type === "specialist_camp") {
        professionCode = professions.specialist;
        specialtyCode = r.pick(campSpecialties);
        title = `${specialtyName[specialtyCode]} camp at ${facility.name}`;
      } else if (type === "rural_primary_care") {
        const nurse = r.chance(0.3);
        professionCode = nurse ? professions.nurse : professions.gp;
        specialtyCode = nurse ? null : r.pick(["01", "08"]);
        title = nurse ? `Nursing support at ${facility.name}` : `Rural primary care at ${facility.name}`;
      } else if (type === "teaching") {
        specialtyCode = r.pick(["16", "37", "11", "02", "05", "26"]);
        professionCode = r.chance(0.5) ? professions.medicineLecturer : professions.specialist;
        title = `Teaching ${specialtyName[specialtyCode]} residents at ${facility.name}`;
      } else if (type === "tele_mentoring") {
        specialtyCode = r.pick(["37", "16", "11", "26"]);
        professionCode = professions.specialist;
        title = `Tele-mentoring PHC medical officers in ${specialtyName[specialtyCode]}`;
      } else {
        professionCode = r.pick([professions.gp, professions.nurse, professions.specialist]);
        specialtyCode = professionCode === professions.specialist ? r.pick(["16", "37"]) : null;
        title =
          r.pick(["Anaemia screening drive", "Maternal health outreach", "Non-communicable disease screening", "Immunisation catch-up support"]) +
          ` — ${s.district.nameEn}`;
      }
      const status =
        k === 0 && s.status === "pending"
          ? "draft"
          : r.weighted([
              ["open", 85],
              ["draft", 10],
              ["closed", 5],
            ] as const);
      const id = crypto.randomUUID();
      needRows.push({
        id,
        organizationId: orgRows[i].id,
        facilityId: facility.id,
        type,
        remote,
        title,
        description: `${title}. Posted by ${s.name} for the ${s.district.nameEn} district programme. Orientation on arrival; a local medical officer is the point of contact.`,
        professionCode,
        specialtyCode,
        districtCode: facility.districtCode,
        window: range(start, addDays(start, windowDays)),
        minDays,
        maxDays,
        hoursPerWeek: remote ? r.int(2, 6) : null,
        weeks: remote ? Math.floor(windowDays / 7) : null,
        slots: type === "specialist_camp" ? r.int(2, 6) : r.int(1, 3),
        minCredentialLevel: type === "teaching" || type === "tele_mentoring" ? 1 : type === "public_health" ? 2 : 3,
        offersHousing: !remote && r.chance(0.8),
        offersMeals: !remote && r.chance(0.6),
        offersLocalTravel: !remote && r.chance(0.7),
        offersStipend: r.chance(0.2),
        offersIndemnity: r.chance(0.5),
        applicationDeadline: addDays(start, -r.int(7, 14)),
        status: s.status === "pending" ? "draft" : status,
        closeReason: status === "closed" ? "Filled through the state's own recruitment" : null,
        createdBy: members[i].id,
        ...postedDaysAgo(needRows.length, status === "open" && s.status !== "pending"),
      });
      const local = s.district.nameEn === "Gadchiroli" || s.district.nameEn === "Chandrapur" ? "gon" : null;
      if (type === "teaching" || remote) needLangRows.push({ needId: id, languageCode: "eng", required: true });
      else needLangRows.push({ needId: id, languageCode: "mar", required: r.chance(0.7) });
      needLangRows.push({ needId: id, languageCode: "hin", required: false });
      if (local) needLangRows.push({ needId: id, languageCode: local, required: false });
    }
  });
  // One need open to every new volunteer (public health, level 0, no profession or required
  // language): someone who joins today always has a need that fits (and the e2e journey uses it).
  {
    const raigad = specs.findIndex((s) => s.slug === "dho.raigad");
    const facility = facilityRows.find((f) => f.organizationId === orgRows[raigad].id)!;
    const start = addDays(today, 30);
    const id = crypto.randomUUID();
    needRows.push({
      id,
      organizationId: orgRows[raigad].id,
      facilityId: facility.id,
      type: "public_health",
      remote: false,
      title: `Community health education volunteers, ${facility.name}`,
      description:
        "Help the PHC team run health-education sessions in villages: nutrition, anaemia, hand hygiene. Open to every profession; orientation on the first day.",
      professionCode: null,
      specialtyCode: null,
      districtCode: facility.districtCode,
      window: range(start, addDays(start, 90)),
      minDays: 7,
      maxDays: 60,
      slots: 20,
      minCredentialLevel: 0,
      offersHousing: true,
      offersMeals: true,
      offersLocalTravel: true,
      offersStipend: false,
      offersIndemnity: false,
      applicationDeadline: addDays(start, -7),
      status: "open",
      createdBy: members[raigad].id,
      ...postedDaysAgo(3, true),
    });
    needLangRows.push({ needId: id, languageCode: "mar", required: false });
  }
  await insertMany(db, needs, needRows);
  await insertMany(db, needLanguages, needLangRows);

  return needRows;
}

/** Volunteers with profiles, specialties, languages, licences (the evidence their levels rest on), availability and consents. */
async function seedVolunteers(
  { db, r, today, accounts, makeUser }: SeedContext,
  volunteerCount: number,
  mhDistricts: District[],
  coordinators: DemoUser[],
): Promise<{ vUsers: DemoUser[]; profiles: (typeof volunteerProfiles.$inferInsert)[] }> {
  const vUsers: ReturnType<typeof makeUser>[] = [];
  const profiles: (typeof volunteerProfiles.$inferInsert)[] = [];
  const specRows: (typeof volunteerSpecialties.$inferInsert)[] = [];
  const langRows: (typeof volunteerLanguages.$inferInsert)[] = [];
  const prefRows: (typeof volunteerPreferredDistricts.$inferInsert)[] = [];
  const qualRows: (typeof qualifications.$inferInsert)[] = [];
  const licRows: (typeof licences.$inferInsert)[] = [];
  const availRows: (typeof availabilityWindows.$inferInsert)[] = [];
  const consentRows: (typeof consents.$inferInsert)[] = [];
  const physician = new Set<string>([professions.gp, professions.specialist, professions.medicineLecturer]);
  for (let n = 0; n < volunteerCount; n++) {
    const first = r.pick(firstNames);
    const last = r.pick(surnames);
    const email = n === 0 ? `volunteer@${DEMO_DOMAIN}` : `${first}.${last}.${n}@${DEMO_DOMAIN}`.toLowerCase();
    const title = r.chance(0.55) ? "Dr " : "";
    const u = makeUser(email, `${title}${first} ${last}`);
    vUsers.push(u);
    const professionCode = n === 0 ? professions.specialist : r.weighted(professionWeights);
    const country = n === 0 ? "US" : r.weighted(countries);
    const origin = r.pick(mhDistricts);
    const level =
      n === 0
        ? 3
        : r.weighted([
            [0, 25],
            [1, 30],
            [2, 20],
            [3, 25],
          ] as const);
    const validUntil = level > 0 ? addDays(today, r.int(400, 1400)) : null;
    profiles.push({
      userId: u.id,
      fullName: u.name,
      professionCode,
      yearsExperience: r.int(2, 35),
      countryOfResidence: country,
      city: r.pick(cities[country] ?? ["—"]),
      originStateCode: STATE_MH,
      originDistrictCode: origin.code,
      inPerson: r.chance(0.85) || n === 0,
      remote: r.chance(0.5),
      maxPlacementDays: r.pick([30, 60, 90, 180]),
      bio: `${professionCode === professions.specialist ? "Consultant" : "Health professional"} in ${r.pick(cities[country] ?? ["—"])}, originally from ${origin.nameEn}.`,
      adultDeclared: true,
      phone: demoPhone(country, n),
      verificationLevel: level,
      verificationValidUntil: validUntil,
    });
    if (physician.has(professionCode)) {
      const primary = professionCode === professions.gp ? r.pick(["01", "08"]) : n === 0 ? "37" : r.weighted(specialtyWeights);
      specRows.push({ userId: u.id, specialtyCode: primary, isPrimary: true });
      for (const s of r.sample(
        specialtyWeights.map(([c]) => c).filter((c) => c !== primary),
        r.int(0, 2),
      ))
        specRows.push({ userId: u.id, specialtyCode: s, isPrimary: false });
      qualRows.push({ userId: u.id, degree: "MBBS", institution: r.pick(medicalColleges).name, countryCode: "IN", year: r.int(1985, 2018) });
    }
    langRows.push({ userId: u.id, languageCode: "eng", proficiency: "fluent" });
    if (r.chance(0.85) || n === 0)
      langRows.push({
        userId: u.id,
        languageCode: "mar",
        proficiency: r.weighted([
          ["native", 70],
          ["fluent", 20],
          ["conversational", 10],
        ] as const),
      });
    if (r.chance(0.8))
      langRows.push({
        userId: u.id,
        languageCode: "hin",
        proficiency: r.weighted([
          ["fluent", 60],
          ["conversational", 35],
          ["native", 5],
        ] as const),
      });
    for (const extra of r.sample(
      ["guj", "kan", "tel", "urd", "gom", "gon"],
      r.weighted([
        [0, 70],
        [1, 25],
        [2, 5],
      ] as const),
    )) {
      langRows.push({ userId: u.id, languageCode: extra, proficiency: r.pick(["basic", "conversational", "fluent"] as const) });
    }
    for (const d of r.sample(mhDistricts, r.int(0, 3))) prefRows.push({ userId: u.id, districtCode: d.code });
    // DESIGN rule 3 (ADR 009): a level 2 rests on the licence abroad, a level 3 on the Indian
    // (temporary) registration, named by the profile's verificationLicenceId.
    if (level >= 2) {
      const id = crypto.randomUUID();
      if (level === 2) profiles[profiles.length - 1].verificationLicenceId = id;
      licRows.push({
        id,
        userId: u.id,
        authority: licensingAuthority[country] ?? "Medical Council",
        countryCode: country,
        number: `${country}-${r.int(100000, 999999)}`,
        validFrom: addDays(today, -r.int(400, 4000)),
        validTo: validUntil,
        status: "verified",
        verifiedBy: coordinators[0].id,
        verifiedAt: new Date(),
      });
    }
    if (level === 3) {
      const id = crypto.randomUUID();
      profiles[profiles.length - 1].verificationLicenceId = id;
      licRows.push({
        id,
        userId: u.id,
        authority: "Maharashtra Medical Council (temporary registration)",
        countryCode: "IN",
        region: "Maharashtra",
        number: `MMC-T-${r.int(10000, 99999)}`,
        validFrom: addDays(today, -r.int(30, 300)),
        validTo: validUntil,
        status: "verified",
        verifiedBy: coordinators[0].id,
        verifiedAt: new Date(),
      });
    }
    if (level < 2 && r.chance(0.5)) {
      licRows.push({
        userId: u.id,
        authority: licensingAuthority[country] ?? "Medical Council",
        countryCode: country,
        number: `${country}-${r.int(100000, 999999)}`,
        validFrom: addDays(today, -r.int(400, 4000)),
        validTo: addDays(today, r.int(200, 1500)),
        status: "unverified",
      });
    }
    const profile = profiles[profiles.length - 1];
    const windows = r.int(1, 2);
    let cursor = addDays(today, r.int(10, 120));
    for (let w = 0; w < windows; w++) {
      const remoteWindow = profile.remote && (!profile.inPerson || r.chance(0.4));
      const len = r.int(30, 120);
      availRows.push({
        userId: u.id,
        period: range(cursor, addDays(cursor, len)),
        mode: remoteWindow ? "remote" : "in_person",
        hoursPerWeek: remoteWindow ? r.int(2, 8) : null,
      });
      cursor = addDays(cursor, len + r.int(20, 120));
    }
    const matching = n === 0 || r.chance(0.95);
    consentRows.push({ userId: u.id, purpose: "matching", noticeVersion: NOTICE_VERSION, granted: matching });
    consentRows.push({ userId: u.id, purpose: "profile_sharing", noticeVersion: NOTICE_VERSION, granted: n === 0 || r.chance(0.9) });
    consentRows.push({ userId: u.id, purpose: "contact_future", noticeVersion: NOTICE_VERSION, granted: r.chance(0.6) });
  }
  await insertMany(db, users, vUsers);
  await insertMany(
    db,
    userRoles,
    vUsers.map((u) => ({ userId: u.id, role: "volunteer" })),
  );
  await insertMany(db, licences, licRows); // before the profiles that rest on them
  await insertMany(db, volunteerProfiles, profiles);
  await insertMany(db, volunteerSpecialties, specRows);
  await insertMany(db, volunteerLanguages, langRows);
  await insertMany(db, volunteerPreferredDistricts, prefRows);
  await insertMany(db, qualifications, qualRows);
  await insertMany(db, availabilityWindows, availRows);
  await insertMany(db, consents, consentRows);
  accounts.push({ email: `volunteer@${DEMO_DOMAIN}`, role: "volunteer", note: "paediatrician in Houston, level 3" });

  return { vUsers, profiles };
}

async function seedInterests(
  { db, r }: SeedContext,
  needRows: NeedRow[],
  vUsers: DemoUser[],
  profiles: (typeof volunteerProfiles.$inferInsert)[],
  volunteerCount: number,
): Promise<number> {
  // Interests: volunteers express interest in open needs of their profession.
  const openNeeds = needRows.filter((n) => n.status === "open");
  const interestRows: (typeof interests.$inferInsert)[] = [];
  const seen = new Set<string>();
  for (let k = 0; k < Math.min(1500, volunteerCount); k++) {
    const vi = r.int(0, vUsers.length - 1);
    const candidates = openNeeds.filter((n) => n.professionCode === profiles[vi].professionCode);
    if (!candidates.length) continue;
    const need = r.pick(candidates);
    const key = `${need.id}:${vUsers[vi].id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    interestRows.push({
      needId: need.id,
      volunteerId: vUsers[vi].id,
      note: r.chance(0.4) ? "I grew up nearby and would love to help." : "",
      status: r.weighted([
        ["sent", 60],
        ["seen", 25],
        ["shortlisted", 10],
        ["not_suitable", 5],
      ] as const),
    });
  }
  await insertMany(db, interests, interestRows);
  return interestRows.length;
}

/**
 * When a demo need was posted: spread over the last two months (without drawing from the seeded
 * random stream, so the rest of the demo stays as it was). Every need published "now" made the
 * dashboard's "Needs open longest" read 0 days for all of them (issue 18).
 */
function postedDaysAgo(n: number, published: boolean): { createdAt: Date; publishedAt: Date | null } {
  const at = new Date(Date.now() - (2 + ((n * 17) % 58)) * 86_400_000);
  return { createdAt: at, publishedAt: published ? at : null };
}
