import { impactCsvResponse } from "@/lib/http/impact-csv-response";

/** GET /api/v1/impact/<dataset>.csv?from=&to=&division= — public, suppressed figures (docs/impact-csv.md). */
export async function GET(request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  return impactCsvResponse(request, (await params).dataset, "public");
}
