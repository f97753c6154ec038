import { sql } from "drizzle-orm";
import { pgTable, uuid, text, integer, smallint, boolean, date, index } from "./pg";
import { daterange } from "./types";
import { users } from "./accounts";
import { availabilityWindows, serviceModeEnum } from "./volunteers";

/**
 * The shortlist's denormalised input (issue 5, docs/decisions/007-shortlist-in-sql.md): one row per
 * consenting, active volunteer × specialty (NULL when they list none) × availability window of a
 * mode their profile allows. Written ONLY by the SQL function matching_refresh_candidates(), which
 * statement-level triggers on every source table call (hand-written migration), so no writer can
 * forget it. Hard filters and the score of lib/matching run over these rows in one indexed query.
 */
export const matchingCandidates = pgTable(
  "matching_candidates",
  {
    volunteerId: uuid("volunteer_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    windowId: uuid("window_id")
      .notNull()
      .references(() => availabilityWindows.id, { onDelete: "cascade" }),
    specialtyCode: text("specialty_code"),
    isPrimary: boolean("is_primary").notNull(),
    professionCode: text("profession_code"),
    period: daterange("period").notNull(),
    mode: serviceModeEnum("mode").notNull(),
    verificationLevel: smallint("verification_level").notNull(),
    verificationValidUntil: date("verification_valid_until"),
    /** ISO 639-3 codes spoken at least conversationally (lib/matching/eligibility.ts speaks()). */
    languages: text("languages").array().notNull(),
    originDistrictCode: integer("origin_district_code"),
    preferredDistrictCodes: integer("preferred_district_codes").array().notNull(),
    /** The pair-independent points: experience, past service, endorsements, fairness (lib/matching/score.ts). */
    staticPoints: integer("static_points").notNull(),
    // The window as plain columns for the shortlist's B-tree access path (migration 0008,
    // docs/decisions/007): generated, so the refresh function and every writer stay unchanged.
    startDay: date("start_day")
      .notNull()
      .generatedAlwaysAs(sql`lower(period)`),
    endDay: date("end_day")
      .notNull()
      .generatedAlwaysAs(sql`upper(period)`),
    /** floor(log2(window length in days)), 9 for 512 days or more: bounds the start of an overlapping window. */
    lengthClass: smallint("length_class")
      .notNull()
      .generatedAlwaysAs(sql`width_bucket(upper(period) - lower(period), ARRAY[2, 4, 8, 16, 32, 64, 128, 256, 512])`),
  },
  (t) => [
    // The shortlist's access path: specialty equality plus availability overlap in one GiST scan
    // (btree_gist). tests/integration/matching-shortlist-plan.test.ts guards it.
    index("matching_candidates_specialty_period_gist").using("gist", t.specialtyCode, t.period),
    // Needs without a specialty filter on profession and overlap.
    index("matching_candidates_profession_period_gist").using("gist", t.professionCode, t.period),
    index("matching_candidates_volunteer_idx").on(t.volunteerId),
  ],
);
