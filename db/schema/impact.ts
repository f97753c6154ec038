import { pgTable, pgEnum, uuid, text, integer, smallint, jsonb, timestamptz, uniqueIndex } from "./pg";
import { placements } from "./placements";
import { feedbackSides, reportStatuses } from "../../lib/vocabulary/domain";

export const reportStatusEnum = pgEnum("report_status", reportStatuses);
export const feedbackSideEnum = pgEnum("feedback_side", feedbackSides);

export const serviceReports = pgTable("service_reports", {
  placementId: uuid("placement_id")
    .primaryKey()
    .references(() => placements.id, { onDelete: "cascade" }),
  daysServed: smallint("days_served").notNull(),
  hours: integer("hours").notNull(),
  patientsSeen: integer("patients_seen").notNull().default(0),
  proceduresOrCamps: integer("procedures_or_camps").notNull().default(0),
  staffTrained: integer("staff_trained").notNull().default(0),
  trainingTopics: text("training_topics").notNull().default(""),
  sessionsTaught: integer("sessions_taught").notNull().default(0),
  materialsLeft: text("materials_left").notNull().default(""),
  followUp: text("follow_up").notNull().default(""),
  narrative: text("narrative").notNull().default(""),
  status: reportStatusEnum("status").notNull().default("draft"),
  corrections: jsonb("corrections"),
  confirmedBy: uuid("confirmed_by"),
  confirmedAt: timestamptz("confirmed_at"),
  createdAt: timestamptz("created_at").notNull().defaultNow(),
  updatedAt: timestamptz("updated_at").notNull().defaultNow(),
});

export const feedback = pgTable(
  "feedback",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    placementId: uuid("placement_id")
      .notNull()
      .references(() => placements.id, { onDelete: "cascade" }),
    fromSide: feedbackSideEnum("from_side").notNull(),
    /** { aspect: 1..5 } */
    ratings: jsonb("ratings").notNull(),
    comment: text("comment").notNull().default(""),
    authorId: uuid("author_id"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("feedback_placement_side_uq").on(t.placementId, t.fromSide)],
);
