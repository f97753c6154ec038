import { type AnyPgColumn, pgTable, pgEnum, uuid, text, integer, smallint, boolean, date, timestamptz, primaryKey, index, bigint } from "./pg";
import { daterange } from "./types";
import { users } from "./accounts";
import { refProfessions, refSpecialties, refLanguages, refCountries, refStates, refDistricts } from "./reference";
import { consentPurposes, licenceStatuses, proficiencies, serviceModes } from "../../lib/vocabulary/domain";

export const serviceModeEnum = pgEnum("service_mode", serviceModes);
export const proficiencyEnum = pgEnum("proficiency", proficiencies);
export const licenceStatusEnum = pgEnum("licence_status", licenceStatuses);
export const consentPurposeEnum = pgEnum("consent_purpose", consentPurposes);

export const volunteerProfiles = pgTable(
  "volunteer_profiles",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    fullName: text("full_name").notNull(),
    professionCode: text("profession_code").references(() => refProfessions.code),
    yearsExperience: smallint("years_experience").notNull().default(0),
    countryOfResidence: text("country_of_residence").references(() => refCountries.code),
    city: text("city"),
    originStateCode: integer("origin_state_code").references(() => refStates.code),
    originDistrictCode: integer("origin_district_code").references(() => refDistricts.code),
    inPerson: boolean("in_person").notNull().default(true),
    remote: boolean("remote").notNull().default(false),
    maxPlacementDays: smallint("max_placement_days"),
    bio: text("bio").notNull().default(""),
    dateOfBirth: date("date_of_birth"),
    adultDeclared: boolean("adult_declared").notNull().default(false),
    phone: text("phone"),
    /** DESIGN rule 3: set only by a coordinator's recorded decision; valid until the licence it rests on expires. */
    verificationLevel: smallint("verification_level").notNull().default(0),
    verificationValidUntil: date("verification_valid_until"),
    /**
     * DESIGN rule 3 / ADR 009: the licence a level 2–3 rests on. Ended (level 0) in the same
     * transaction as that licence is rejected, changed or deleted (lib/data/verification/end-level.ts).
     */
    verificationLicenceId: uuid("verification_licence_id").references((): AnyPgColumn => licences.id, { onDelete: "set null" }),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    updatedAt: timestamptz("updated_at").notNull().defaultNow(),
  },
  (t) => [index("volunteer_profiles_profession_idx").on(t.professionCode)],
);

export const volunteerSpecialties = pgTable(
  "volunteer_specialties",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    specialtyCode: text("specialty_code")
      .notNull()
      .references(() => refSpecialties.code),
    isPrimary: boolean("is_primary").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.userId, t.specialtyCode] }), index("volunteer_specialties_code_idx").on(t.specialtyCode)],
);

export const volunteerLanguages = pgTable(
  "volunteer_languages",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    languageCode: text("language_code")
      .notNull()
      .references(() => refLanguages.code),
    proficiency: proficiencyEnum("proficiency").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.languageCode] })],
);

export const volunteerPreferredDistricts = pgTable(
  "volunteer_preferred_districts",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    districtCode: integer("district_code")
      .notNull()
      .references(() => refDistricts.code),
  },
  (t) => [primaryKey({ columns: [t.userId, t.districtCode] })],
);

export const qualifications = pgTable("qualifications", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  degree: text("degree").notNull(),
  institution: text("institution").notNull(),
  countryCode: text("country_code").references(() => refCountries.code),
  year: smallint("year"),
});

export const documents = pgTable(
  "documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    storageKey: text("storage_key").notNull().unique(), // generated name, never the uploaded one
    originalName: text("original_name").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: bigint("size_bytes", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  (t) => [index("documents_owner_idx").on(t.ownerId)],
);

/** DESIGN rule 7: every read of a credential document is logged. */
export const documentReads = pgTable("document_reads", {
  id: uuid("id").primaryKey().defaultRandom(),
  documentId: uuid("document_id")
    .notNull()
    .references(() => documents.id, { onDelete: "cascade" }),
  readerId: uuid("reader_id"),
  purpose: text("purpose").notNull(),
  at: timestamptz("at").notNull().defaultNow(),
});

export const licences = pgTable(
  "licences",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    authority: text("authority").notNull(),
    countryCode: text("country_code")
      .notNull()
      .references(() => refCountries.code),
    region: text("region"),
    number: text("number").notNull(),
    validFrom: date("valid_from"),
    validTo: date("valid_to"),
    status: licenceStatusEnum("status").notNull().default("unverified"),
    documentId: uuid("document_id").references(() => documents.id, { onDelete: "set null" }),
    verifiedBy: uuid("verified_by"),
    verifiedAt: timestamptz("verified_at"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    updatedAt: timestamptz("updated_at").notNull().defaultNow(),
  },
  (t) => [index("licences_user_idx").on(t.userId)],
);

export const verificationDecisions = pgTable("verification_decisions", {
  id: uuid("id").primaryKey().defaultRandom(),
  volunteerId: uuid("volunteer_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  level: smallint("level").notNull(),
  validUntil: date("valid_until"),
  licenceId: uuid("licence_id").references(() => licences.id, { onDelete: "set null" }),
  decidedBy: uuid("decided_by").notNull(),
  note: text("note").notNull().default(""),
  at: timestamptz("at").notNull().defaultNow(),
});

export const availabilityWindows = pgTable(
  "availability_windows",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    period: daterange("period").notNull(),
    mode: serviceModeEnum("mode").notNull(),
    hoursPerWeek: smallint("hours_per_week"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  // the GiST index over (user, period) is in the hand-written migration
);

/** Append-only consent records: the current state is the latest row per (user, purpose). */
export const consents = pgTable(
  "consents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: consentPurposeEnum("purpose").notNull(),
    noticeVersion: text("notice_version").notNull(),
    granted: boolean("granted").notNull(),
    at: timestamptz("at").notNull().defaultNow(),
  },
  (t) => [index("consents_user_purpose_idx").on(t.userId, t.purpose, t.at)],
);
