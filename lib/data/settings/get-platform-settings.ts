import "server-only";
import { inArray } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { settings } from "@/db/schema";

export type PlatformSettings = {
  /** DESIGN rule 1: no placement or availability window longer than this many days. */
  capDays: number;
};

export const defaultPlatformSettings: PlatformSettings = { capDays: 365 };

// "placements.maxDays" is the key the placements area reads for the same cap; honoured when
// "platform.capDays" is not set, so one admin change moves both.
const keys = { capDays: "platform.capDays", legacyCapDays: "placements.maxDays" } as const;

function positiveInt(v: unknown): number | null {
  const raw = v && typeof v === "object" && "value" in v ? (v as { value: unknown }).value : v;
  const n = typeof raw === "number" ? raw : typeof raw === "string" ? Number(raw) : NaN;
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** Platform settings from the settings table (admin-managed), each falling back to its default. */
export async function getPlatformSettings(db?: DbOrTx): Promise<PlatformSettings> {
  const conn = db ?? (await getDb());
  const rows = await conn
    .select()
    .from(settings)
    .where(inArray(settings.key, Object.values(keys)));
  const byKey = new Map(rows.map((r) => [r.key, r.value]));
  return {
    capDays: positiveInt(byKey.get(keys.capDays)) ?? positiveInt(byKey.get(keys.legacyCapDays)) ?? defaultPlatformSettings.capDays,
  };
}
