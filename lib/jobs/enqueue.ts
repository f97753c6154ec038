import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { jobs } from "@/db/schema";

export type EnqueueOptions = {
  runAt?: Date;
  /** A second enqueue with the same key is a no-op (ON CONFLICT DO NOTHING). */
  uniqueKey?: string;
  maxAttempts?: number;
};

/**
 * Queues a job. Call it with the caller's transaction so the job exists only if the work that
 * asked for it commits (a transactional outbox: no email for a rolled-back approval).
 */
export async function enqueueJob(tx: DbOrTx, kind: string, payload: Record<string, unknown> = {}, opts: EnqueueOptions = {}): Promise<void> {
  await tx
    .insert(jobs)
    .values({
      kind,
      payload,
      uniqueKey: opts.uniqueKey ?? null,
      runAt: opts.runAt ?? sql`now()`,
      maxAttempts: opts.maxAttempts ?? 5,
    })
    .onConflictDoNothing();
}
