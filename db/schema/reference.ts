// Reference data copied from ../shared/data into db/reference (see db/reference/README.md).
// Loaded by db/reference/load.ts on every migrate; never edited by the product.
import { pgTable, integer, text, smallint, boolean, doublePrecision, serial, index } from "./pg";

export const refStates = pgTable("ref_states", {
  code: integer("code").primaryKey(), // LGD state code
  nameEn: text("name_en").notNull(),
  nameLgd: text("name_lgd").notNull(),
  type: text("type").notNull(),
  iso31662: text("iso_3166_2").notNull(),
});

export const refDivisions = pgTable("ref_divisions", {
  name: text("name").primaryKey(),
  formerName: text("former_name"),
  region: text("region").notNull(),
});

export const refDistricts = pgTable(
  "ref_districts",
  {
    code: integer("code").primaryKey(), // LGD district code: join on this, never on names
    stateCode: integer("state_code")
      .notNull()
      .references(() => refStates.code),
    nameEn: text("name_en").notNull(),
    nameMr: text("name_mr"),
    nameLgd: text("name_lgd").notNull(),
    formerNameEn: text("former_name_en"),
    division: text("division").references(() => refDivisions.name),
  },
  (t) => [index("ref_districts_state_idx").on(t.stateCode)],
);

export const refTalukas = pgTable(
  "ref_talukas",
  {
    code: integer("code").primaryKey(), // LGD sub-district code
    districtCode: integer("district_code")
      .notNull()
      .references(() => refDistricts.code),
    nameEn: text("name_en").notNull(),
  },
  (t) => [index("ref_talukas_district_idx").on(t.districtCode)],
);

export const refIscoGroups = pgTable("ref_isco_groups", {
  code: text("code").primaryKey(),
  label: text("label").notNull(),
  level: smallint("level").notNull(),
});

export const refProfessions = pgTable("ref_professions", {
  code: text("code").primaryKey(), // the ESCO concept id (last path segment of the URI)
  escoUri: text("esco_uri").notNull(),
  label: text("label").notNull(),
  iscoCode: text("isco_code").notNull(),
  altLabels: text("alt_labels").notNull().default(""),
  regulated: boolean("regulated").notNull().default(false),
  description: text("description").notNull().default(""),
});

export const refSpecialties = pgTable("ref_specialties", {
  code: text("code").primaryKey(), // CMS Medicare specialty code
  name: text("name").notNull(),
  kind: text("kind").notNull(),
});

export const refLanguages = pgTable("ref_languages", {
  code: text("code").primaryKey(), // ISO 639-3
  iso6391: text("iso639_1"),
  nameEn: text("name_en").notNull(),
  nativeName: text("native_name"),
  scope: text("scope").notNull(),
  /** Position in the Indian seed list (offered first in pickers); null for the rest. */
  seedRank: smallint("seed_rank"),
});

export const refCountries = pgTable("ref_countries", {
  code: text("code").primaryKey(), // ISO 3166-1 alpha-2
  alpha3: text("alpha3").notNull(),
  nameEn: text("name_en").notNull(),
  nameHi: text("name_hi"),
  nameMr: text("name_mr"),
});

/** Co-WIN facility sample: demo data only (licence unclear, see README). */
export const refDemoFacilities = pgTable("ref_demo_facilities", {
  id: serial("id").primaryKey(),
  name: text("name").notNull(),
  type: text("type").notNull(),
  districtCode: integer("district_code")
    .notNull()
    .references(() => refDistricts.code),
  block: text("block"),
  pincode: text("pincode"),
  lat: doublePrecision("lat"),
  lon: doublePrecision("lon"),
});

export const refStats = pgTable("ref_stats", {
  metricId: text("metric_id").notNull(),
  geography: text("geography").notNull(),
  period: text("period").notNull(),
  value: text("value").notNull(),
  unit: text("unit").notNull(),
  description: text("description").notNull(),
  primarySource: text("primary_source").notNull(),
  caveat: text("caveat"),
  id: serial("id").primaryKey(),
});
