import { pgTable, pgEnum, uuid, text, integer, jsonb, timestamptz, index, uniqueIndex } from "./pg";
import { sql } from "drizzle-orm";
import { users } from "./accounts";
import { needs } from "./needs";
import { matchSources, matchStatuses, roundKinds, roundStatuses } from "../../lib/vocabulary/domain";

export const roundKindEnum = pgEnum("round_kind", roundKinds);
export const roundStatusEnum = pgEnum("round_status", roundStatuses);
export const matchSourceEnum = pgEnum("match_source", matchSources);
export const matchStatusEnum = pgEnum("match_status", matchStatuses);

export const matchRounds = pgTable("match_rounds", {
  id: uuid("id").primaryKey().defaultRandom(),
  kind: roundKindEnum("kind").notNull().default("optimal"),
  status: roundStatusEnum("status").notNull().default("queued"),
  progress: integer("progress").notNull().default(0), // percent
  startedBy: uuid("started_by").notNull(),
  createdAt: timestamptz("created_at").notNull().defaultNow(),
  startedAt: timestamptz("started_at"),
  finishedAt: timestamptz("finished_at"),
  error: text("error"),
  report: jsonb("report"),
});

export const matches = pgTable(
  "matches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    needId: uuid("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    volunteerId: uuid("volunteer_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    source: matchSourceEnum("source").notNull(),
    roundId: uuid("round_id").references(() => matchRounds.id, { onDelete: "set null" }),
    score: integer("score").notNull(),
    /** [{ key, points, text }] from lib/matching explanations, frozen at proposal time. */
    reasons: jsonb("reasons").notNull(),
    status: matchStatusEnum("status").notNull().default("proposed"),
    decidedBy: uuid("decided_by"),
    decidedAt: timestamptz("decided_at"),
    rejectReason: text("reject_reason"),
    /** Set when the verification level this proposal or offer relied on ended (DESIGN rule 3); shown in the queue. */
    evidenceLapsedAt: timestamptz("evidence_lapsed_at"),
    createdBy: uuid("created_by"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  (t) => [
    // one open proposal per pair, whatever its source
    uniqueIndex("matches_open_pair_uq")
      .on(t.needId, t.volunteerId)
      .where(sql`status = 'proposed'`),
    index("matches_round_idx").on(t.roundId),
    index("matches_status_idx").on(t.status),
    index("matches_volunteer_idx").on(t.volunteerId),
  ],
);
