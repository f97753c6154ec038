import "server-only";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/auth/actor.types";
import { authorize, authorizePublic } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { toCsv } from "./csv";
import { datasetsFor, datasetTable, isDatasetName } from "./csv-datasets";
import { listDivisions } from "./dashboard-queries";
import { getImpactDashboard, parseImpactFiltersStrict, type Audience } from "./get-impact-dashboard";

/**
 * One dashboard section as CSV, with the same suppression as the page for the same audience.
 * Unlike the page, invalid filters are refused (a file must say exactly what it contains).
 */
export async function exportImpactCsv(
  actor: Actor,
  input: { dataset: string; audience: Audience; filters: Record<string, unknown> },
): Promise<{ filename: string; body: string }> {
  if (input.audience === "public") authorizePublic(actor, "impact.public.read");
  else authorize(actor, "dashboard.read");
  const name = input.dataset.replace(/\.csv$/, "");
  if (!isDatasetName(name) || !datasetsFor(input.audience).includes(name)) throw new AppError("not_found");
  parseImpactFiltersStrict(input.filters, await listDivisions(await getDb()));
  const dashboard = await getImpactDashboard(actor, input.filters, input.audience);
  const { columns, rows } = datasetTable(name, dashboard);
  const stamp = [dashboard.filters.from, dashboard.filters.to].filter(Boolean).join("_");
  return { filename: `skillflow-${input.audience === "public" ? "impact" : "coordinator"}-${name}${stamp ? "-" + stamp : ""}.csv`, body: toCsv(columns, rows) };
}
