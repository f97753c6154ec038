import { pgTable, bigserial, uuid, text, jsonb, timestamptz, index } from "./pg";

/**
 * Append-only (DESIGN rule 6). A trigger in a hand-written migration refuses UPDATE and DELETE,
 * so it holds on PGlite too. actor_id is a plain uuid (no FK): deleted accounts keep a pseudonymous id.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorId: uuid("actor_id"),
    action: text("action").notNull(),
    objectType: text("object_type").notNull(),
    objectId: text("object_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    ip: text("ip"),
    at: timestamptz("at").notNull().defaultNow(),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_object_idx").on(t.objectType, t.objectId),
    index("audit_log_actor_idx").on(t.actorId),
    // The viewer pages newest-first by id (keyset) within a filter; these keep each filter an
    // index range scan at millions of rows (issue #6).
    index("audit_log_actor_id_idx").on(t.actorId, t.id),
    index("audit_log_action_id_idx").on(t.action, t.id),
    index("audit_log_type_id_idx").on(t.objectType, t.id),
  ],
);
