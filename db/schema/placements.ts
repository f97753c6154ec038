import { pgTable, pgEnum, uuid, text, boolean, timestamptz, index, jsonb } from "./pg";
import { sql } from "drizzle-orm";
import { daterange } from "./types";
import { users } from "./accounts";
import { needs } from "./needs";
import { matches } from "./matching";
import { placementStatuses } from "../../lib/vocabulary/domain";

export const placementStatusEnum = pgEnum("placement_status", placementStatuses);

/**
 * DESIGN rule 2 lives in the hand-written migration: an EXCLUDE constraint over
 * (volunteer_id =, period &&) for offered/scheduled/active rows, and a slot-count trigger.
 */
export const placements = pgTable(
  "placements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    matchId: uuid("match_id")
      .notNull()
      .unique()
      .references(() => matches.id),
    needId: uuid("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    /** Null once the volunteer deleted their account: the placement stays in statistics, anonymised. */
    volunteerId: uuid("volunteer_id").references(() => users.id, { onDelete: "set null" }),
    period: daterange("period").notNull(),
    status: placementStatusEnum("status").notNull().default("offered"),
    offerExpiresAt: timestamptz("offer_expires_at"),
    reminderSentAt: timestamptz("reminder_sent_at"),
    statusReason: text("status_reason"),
    arrivalDetails: text("arrival_details"),
    approvedBy: uuid("approved_by"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    updatedAt: timestamptz("updated_at").notNull().defaultNow(),
  },
  (t) => [index("placements_need_idx").on(t.needId), index("placements_volunteer_idx").on(t.volunteerId)],
);

/** DESIGN rule 7: each disclosure of contact details or documents to an organisation is recorded. */
export const disclosures = pgTable("disclosures", {
  id: uuid("id").primaryKey().defaultRandom(),
  placementId: uuid("placement_id")
    .notNull()
    .references(() => placements.id, { onDelete: "cascade" }),
  viewerId: uuid("viewer_id").notNull(),
  what: text("what").notNull(),
  at: timestamptz("at").notNull().defaultNow(),
});

export const calendarTokens = pgTable("calendar_tokens", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  revoked: boolean("revoked").notNull().default(false),
  createdAt: timestamptz("created_at").notNull().defaultNow(),
  /** Feeds end by themselves (issue 12 defect 7): one year unless the owner makes a new one. */
  expiresAt: timestamptz("expires_at")
    .notNull()
    .default(sql`now() + interval '1 year'`),
  lastUsedAt: timestamptz("last_used_at"),
});

export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    /** Message key + params, rendered in the reader's locale. */
    params: jsonb("params").notNull().default({}),
    link: text("link"),
    dedupeKey: text("dedupe_key").unique(),
    readAt: timestamptz("read_at"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.readAt)],
);

export const notificationPreferences = pgTable("notification_preferences", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** kinds the user wants by email; in-app always */
  emailKinds: jsonb("email_kinds").notNull().default([]),
});

/** Every outgoing message is recorded; without SMTP_URL admins read them here. */
export const outboundEmails = pgTable("outbound_emails", {
  id: uuid("id").primaryKey().defaultRandom(),
  toAddress: text("to_address").notNull(),
  subject: text("subject").notNull(),
  body: text("body").notNull(),
  status: text("status").notNull().default("queued"), // queued | sent | outbox | failed
  error: text("error"),
  createdAt: timestamptz("created_at").notNull().defaultNow(),
  sentAt: timestamptz("sent_at"),
});
