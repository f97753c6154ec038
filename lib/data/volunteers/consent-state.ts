import "server-only";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { consents } from "@/db/schema";
import { consentPurposes, NOTICE_VERSION, type ConsentPurpose } from "@/lib/validation/volunteers";

/** everGranted: a refusal at sign-up is "not given", not "withdrawn" (issue 18). */
export type ConsentState = Record<ConsentPurpose, { granted: boolean; at: Date | null; noticeVersion: string | null; everGranted: boolean }>;

/** Current state = the latest row per purpose (consent rows are append-only). No row → not granted. */
export async function currentConsents(db: DbOrTx, userId: string): Promise<ConsentState> {
  const rows = await db
    .selectDistinctOn([consents.purpose], { purpose: consents.purpose, granted: consents.granted, at: consents.at, noticeVersion: consents.noticeVersion })
    .from(consents)
    .where(eq(consents.userId, userId))
    .orderBy(consents.purpose, desc(consents.at), desc(consents.id));
  const ever = await db
    .selectDistinct({ purpose: consents.purpose })
    .from(consents)
    .where(and(eq(consents.userId, userId), eq(consents.granted, true)));
  const granted = new Set(ever.map((r) => r.purpose));
  const state = Object.fromEntries(consentPurposes.map((p) => [p, { granted: false, at: null, noticeVersion: null, everGranted: false }])) as ConsentState;
  for (const r of rows) state[r.purpose] = { granted: r.granted, at: r.at, noticeVersion: r.noticeVersion, everGranted: granted.has(r.purpose) };
  return state;
}

export async function hasConsent(db: DbOrTx, userId: string, purpose: ConsentPurpose): Promise<boolean> {
  const [row] = await db
    .select({ granted: consents.granted })
    .from(consents)
    .where(and(eq(consents.userId, userId), eq(consents.purpose, purpose)))
    .orderBy(desc(consents.at), desc(consents.id))
    .limit(1);
  return row?.granted === true;
}

/**
 * SQL for shortlists and rounds: true when the user's latest consent row for the purpose grants it.
 * Issue 3: a volunteer who withdraws matching consent disappears from shortlists and rounds.
 * Usage: .where(consentGrantedSql(volunteerProfiles.userId))
 */
export function consentGrantedSql(userIdColumn: SQL | import("drizzle-orm").AnyColumn, purpose: ConsentPurpose = "matching"): SQL {
  return sql`coalesce((select c.granted from consents c where c.user_id = ${userIdColumn} and c.purpose = ${purpose}
    order by c.at desc, c.id desc limit 1), false)`;
}

/** Appends one row per purpose given (a grant or a withdrawal); never updates an old row. */
export async function appendConsents(tx: DbOrTx, userId: string, grants: Partial<Record<ConsentPurpose, boolean>>, at = new Date()): Promise<void> {
  const rows = consentPurposes
    .filter((p) => grants[p] !== undefined)
    .map((purpose) => ({ userId, purpose, granted: grants[purpose]!, noticeVersion: NOTICE_VERSION, at }));
  if (rows.length) await tx.insert(consents).values(rows);
}
