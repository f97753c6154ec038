import "server-only";
import { inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { refStats } from "@/db/schema";

/**
 * Figures from the reference data (db/reference/dashboard_stats.csv → ref_stats) shown beside the
 * programme's own numbers, so a reader sees the scale of the gap the volunteers work against.
 * Each carries its primary source and caveat; the file's README warns they are secondary reports.
 */
export const CONTEXT_METRICS = [
  { metricId: "chc_specialists_shortfall_pct", geography: "IN" },
  { metricId: "chc_specialists_shortfall", geography: "IN" },
  { metricId: "chc_specialists_required", geography: "IN" },
  { metricId: "chc_specialist_posts_vacant_pct", geography: "IN" },
  { metricId: "doctor_population_ratio_denominator", geography: "IN" },
  { metricId: "registered_allopathic_doctors", geography: "IN" },
  { metricId: "india_trained_doctors_in_oecd", geography: "OECD" },
  { metricId: "india_trained_nurses_in_oecd", geography: "OECD" },
] as const;

export type ContextFigure = {
  metricId: string;
  geography: string;
  period: string;
  value: string;
  unit: string;
  description: string;
  primarySource: string;
  caveat: string | null;
};

export async function contextFigures(db: DbOrTx): Promise<ContextFigure[]> {
  const rows = await db
    .select()
    .from(refStats)
    .where(
      inArray(
        refStats.metricId,
        CONTEXT_METRICS.map((m) => m.metricId),
      ),
    );
  const out: ContextFigure[] = [];
  for (const m of CONTEXT_METRICS) {
    const r = rows.find((x) => x.metricId === m.metricId && x.geography === m.geography);
    if (r) {
      out.push({
        metricId: r.metricId,
        geography: r.geography,
        period: r.period,
        value: r.value,
        unit: r.unit,
        description: r.description,
        primarySource: r.primarySource,
        caveat: r.caveat,
      });
    }
  }
  return out;
}
