import { sql } from "drizzle-orm";
import { pgTable, pgEnum, uuid, text, integer, jsonb, timestamptz, index, uniqueIndex } from "./pg";

export const jobStatusEnum = pgEnum("job_status", ["pending", "done", "failed"]);

/**
 * The PostgreSQL-backed work queue (DESIGN "Scale": background work runs from a queue in the
 * database, so any number of app instances can share it). Workers claim rows with
 * SELECT … FOR UPDATE SKIP LOCKED and hold a lease (locked_until); a crashed worker's lease runs out
 * and another instance picks the job up. Periodic tasks are single rows with a unique key whose
 * run_at moves forward after each run, so each task runs once per interval across all instances.
 */
export const jobs = pgTable(
  "jobs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(),
    payload: jsonb("payload").notNull().default({}),
    /** Set for singletons (periodic tasks) and for work that must be queued only once. */
    uniqueKey: text("unique_key"),
    status: jobStatusEnum("status").notNull().default("pending"),
    runAt: timestamptz("run_at").notNull().defaultNow(),
    lockedUntil: timestamptz("locked_until"),
    lockedBy: text("locked_by"),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(5),
    lastError: text("last_error"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    finishedAt: timestamptz("finished_at"),
  },
  (t) => [
    uniqueIndex("jobs_unique_key_uq").on(t.uniqueKey),
    index("jobs_due_idx")
      .on(t.runAt)
      .where(sql`status = 'pending'`),
  ],
);
