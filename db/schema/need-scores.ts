import { pgTable, uuid, integer, index, primaryKey } from "./pg";

/**
 * Every eligible (need, volunteer) pair with the engine's score (issue 5, docs/decisions/007): the
 * shortlist page is then an index range read. Written ONLY by matching_refresh_need_scores(), which
 * matching_refresh_candidates() and triggers on needs, need_languages and facilities call
 * (hand-written migration). No foreign keys on purpose: the refresh runs inside other writers'
 * transactions under one advisory lock, and a key-share lock on a need row held FOR UPDATE by a
 * placement's slot check would deadlock against it. Rows of deleted needs go with a trigger.
 */
export const needScores = pgTable(
  "need_scores",
  {
    needId: uuid("need_id").notNull(),
    volunteerId: uuid("volunteer_id").notNull(),
    score: integer("score").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.needId, t.volunteerId] }),
    index("need_scores_page").on(t.needId, t.score.desc(), t.volunteerId),
    index("need_scores_volunteer").on(t.volunteerId),
  ],
);
