import { z } from "zod";

const blank = (v: unknown) => (v === "" || v == null ? undefined : v);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "invalid");

/** Audit viewer filters; `before` is the keyset cursor (the last id of the previous page). */
export const auditQuerySchema = z.object({
  actor: z.preprocess(blank, z.uuid({ error: "invalid" }).optional()),
  action: z.preprocess(blank, z.string().trim().max(100).optional()),
  objectType: z.preprocess(blank, z.string().trim().max(60).optional()),
  objectId: z.preprocess(blank, z.string().trim().max(100).optional()),
  from: z.preprocess(blank, day.optional()),
  to: z.preprocess(blank, day.optional()),
  before: z.preprocess(blank, z.coerce.number().int().positive().optional()),
  limit: z.coerce.number().int().min(1).max(200).optional().default(50),
});
export type AuditQuery = z.input<typeof auditQuerySchema>;
