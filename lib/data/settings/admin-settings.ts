import "server-only";
import { inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { settings } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize } from "@/lib/auth/guard";
import { parseInput } from "@/lib/data/shared/parse";
import { writeAudit } from "@/lib/data/shared/audit";

/** The settings an admin may change, with their bounds and defaults (DESIGN rule 1: the cap). */
export const settingDefinitions = {
  "platform.capDays": { min: 1, max: 730, defaultValue: 365 },
  "offers.replyDays": { min: 1, max: 60, defaultValue: 7 },
} as const;
export type SettingKey = keyof typeof settingDefinitions;
const keys = Object.keys(settingDefinitions) as SettingKey[];

const intIn = (min: number, max: number) => z.coerce.number({ error: "invalid" }).int("invalid").min(min, "out_of_range").max(max, "out_of_range");

export const updateSettingsSchema = z.object(
  Object.fromEntries(keys.map((k) => [k, intIn(settingDefinitions[k].min, settingDefinitions[k].max)])) as Record<SettingKey, ReturnType<typeof intIn>>,
);

function numeric(v: unknown): number | null {
  const raw = v && typeof v === "object" && "value" in v ? (v as { value: unknown }).value : v;
  const n = typeof raw === "number" ? raw : Number(raw);
  return Number.isInteger(n) ? n : null;
}

export async function listSettings(actor: Actor): Promise<Record<SettingKey, number>> {
  authorize(actor, "admin.settings");
  const db = await getDb();
  const rows = await db.select().from(settings).where(inArray(settings.key, keys));
  const byKey = new Map(rows.map((r) => [r.key, numeric(r.value)]));
  return Object.fromEntries(keys.map((k) => [k, byKey.get(k) ?? settingDefinitions[k].defaultValue])) as Record<SettingKey, number>;
}

export async function updateSettings(actor: Actor, input: unknown): Promise<void> {
  authorize(actor, "admin.settings");
  const data = parseInput(updateSettingsSchema, input);
  const before = await listSettings(actor);
  const db = await getDb();
  await db.transaction(async (tx) => {
    for (const key of keys) {
      if (before[key] === data[key]) continue;
      await tx
        .insert(settings)
        .values({ key, value: data[key] as never, updatedBy: actor.id })
        .onConflictDoUpdate({ target: settings.key, set: { value: data[key] as never, updatedBy: actor.id, updatedAt: sql`now()` } });
      await writeAudit(tx, actor, {
        action: "setting.changed",
        objectType: "setting",
        objectId: key,
        before: { value: before[key] },
        after: { value: data[key] },
      });
    }
  });
}
