import { impactCsvResponse } from "@/lib/http/impact-csv-response";

/** GET /api/v1/impact/coordinator/<dataset>.csv — coordinators only, unsuppressed (docs/impact-csv.md). */
export async function GET(request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  return impactCsvResponse(request, (await params).dataset, "coordinator");
}
