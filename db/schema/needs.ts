import { pgTable, pgEnum, uuid, text, integer, smallint, boolean, date, timestamptz, primaryKey, index, uniqueIndex } from "./pg";
import { daterange, tsvector } from "./types";
import { users } from "./accounts";
import { organizations, facilities } from "./organizations";
import { refProfessions, refSpecialties, refLanguages } from "./reference";
import { interestStatuses, needStatuses, needTypes } from "../../lib/vocabulary/domain";

export const needTypeEnum = pgEnum("need_type", needTypes);
export const needStatusEnum = pgEnum("need_status", needStatuses);
export const interestStatusEnum = pgEnum("interest_status", interestStatuses);

export const needs = pgTable(
  "needs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    facilityId: uuid("facility_id").references(() => facilities.id, { onDelete: "set null" }),
    type: needTypeEnum("type").notNull(),
    /** Remote needs (tele-mentoring) count hours per week and weeks instead of days on site. */
    remote: boolean("remote").notNull().default(false),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    professionCode: text("profession_code").references(() => refProfessions.code),
    specialtyCode: text("specialty_code").references(() => refSpecialties.code),
    districtCode: integer("district_code"),
    window: daterange("window").notNull(),
    minDays: smallint("min_days").notNull(),
    maxDays: smallint("max_days").notNull(),
    hoursPerWeek: smallint("hours_per_week"),
    weeks: smallint("weeks"),
    slots: smallint("slots").notNull().default(1),
    minCredentialLevel: smallint("min_credential_level").notNull(),
    offersHousing: boolean("offers_housing").notNull().default(false),
    offersMeals: boolean("offers_meals").notNull().default(false),
    offersLocalTravel: boolean("offers_local_travel").notNull().default(false),
    offersStipend: boolean("offers_stipend").notNull().default(false),
    offersIndemnity: boolean("offers_indemnity").notNull().default(false),
    applicationDeadline: date("application_deadline"),
    status: needStatusEnum("status").notNull().default("draft"),
    closeReason: text("close_reason"),
    /** Maintained by trigger (weights: title A, specialty/profession B, facility/district C, description D). */
    search: tsvector("search"),
    createdBy: uuid("created_by"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    updatedAt: timestamptz("updated_at").notNull().defaultNow(),
    publishedAt: timestamptz("published_at"),
  },
  (t) => [
    index("needs_org_idx").on(t.organizationId),
    index("needs_status_idx").on(t.status),
    index("needs_specialty_idx").on(t.specialtyCode),
    index("needs_district_idx").on(t.districtCode),
  ],
);

export const needLanguages = pgTable(
  "need_languages",
  {
    needId: uuid("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    languageCode: text("language_code")
      .notNull()
      .references(() => refLanguages.code),
    required: boolean("required").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.needId, t.languageCode] })],
);

export const interests = pgTable(
  "interests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    needId: uuid("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    volunteerId: uuid("volunteer_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    note: text("note").notNull().default(""),
    /** The volunteer's own ranking of their interests (1 = first choice); feeds two-sided rounds. */
    rank: smallint("rank"),
    status: interestStatusEnum("status").notNull().default("sent"),
    reason: text("reason"),
    seenAt: timestamptz("seen_at"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    updatedAt: timestamptz("updated_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("interests_need_volunteer_uq").on(t.needId, t.volunteerId), index("interests_volunteer_idx").on(t.volunteerId)],
);

/** An organisation's marked and ranked candidates for a need (feeds two-sided rounds). */
export const candidatePreferences = pgTable(
  "candidate_preferences",
  {
    needId: uuid("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    volunteerId: uuid("volunteer_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    rank: smallint("rank").notNull(),
    markedBy: uuid("marked_by").notNull(),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.needId, t.volunteerId] })],
);
