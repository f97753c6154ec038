import { z } from "zod";
import { requiredText, uuid } from "./common";
import { needTypes } from "@/lib/vocabulary/domain";

// Match queue inputs (issue #6). Messages are keys under errors.field.* (or full catalogue keys).
const day = z
  .string({ error: "required" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "invalid")
  .refine((v) => !Number.isNaN(Date.parse(v)), "invalid");

export const approveMatchSchema = z.object({
  matchId: uuid,
  /** First and last day of service, inclusive; stored as [firstDay, lastDay + 1). */
  firstDay: day,
  lastDay: day,
});
export type ApproveMatchInput = z.infer<typeof approveMatchSchema>;

export const rejectMatchSchema = z.object({ matchId: uuid, reason: requiredText(500) });

export const bulkApproveRoundSchema = z.object({ roundId: uuid });

/** A coordinator's own pick from a shortlist; score and reasons are computed on the server, never sent. */
export const proposeMatchSchema = z.object({ needId: uuid, volunteerId: uuid });

const optionalInt = z.preprocess((v) => (v === "" || v == null ? undefined : v), z.coerce.number().int().min(0).max(1_000_000).optional());
const optionalStr = (max: number) => z.preprocess((v) => (v === "" || v == null ? undefined : v), z.string().trim().max(max).optional());

export const matchQueueSchema = z.object({
  status: z.enum(["proposed", "approved", "rejected", "superseded"]).optional().default("proposed"),
  district: optionalInt,
  type: z.preprocess((v) => (v === "" ? undefined : v), z.enum(needTypes).optional()),
  specialty: optionalStr(20),
  round: z.preprocess((v) => (v === "" ? undefined : v), uuid.optional()),
  source: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["round", "interest", "organization", "coordinator"]).optional()),
  /** Proposal age: only proposals at least this many days old (stale ones first to decide). */
  olderThanDays: optionalInt,
  page: z.coerce.number().int().min(1).max(10_000).optional().default(1),
});
export type MatchQueueInput = z.input<typeof matchQueueSchema>;
