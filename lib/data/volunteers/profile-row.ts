import "server-only";
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { volunteerProfiles } from "@/db/schema";
import type { SignedInActor } from "@/lib/auth/actor.types";

/**
 * Makes sure the volunteer has a profile row and locks it for this transaction. Every change to a
 * volunteer's availability or interests takes this lock first, so two requests from the same
 * volunteer are serialised (the overlap check then sees the other's committed rows).
 */
export async function lockProfile(tx: DbOrTx, actor: SignedInActor): Promise<void> {
  await tx.insert(volunteerProfiles).values({ userId: actor.id, fullName: actor.name }).onConflictDoNothing();
  await tx.execute(sql`SELECT 1 FROM volunteer_profiles WHERE user_id = ${actor.id} FOR UPDATE`);
}

export async function findProfileRow(db: DbOrTx, userId: string) {
  const [row] = await db.select().from(volunteerProfiles).where(eq(volunteerProfiles.userId, userId));
  return row ?? null;
}
