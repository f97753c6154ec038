import "server-only";
import { getActor } from "@/lib/auth/get-actor";
import { handleApi } from "@/lib/http/api";
import { exportImpactCsv } from "@/lib/data/impact/export-impact-csv";
import type { Audience } from "@/lib/data/impact/get-impact-dashboard";

/** Shared by the public and the coordinator CSV route handlers: the HTTP shape of exportImpactCsv. */
export async function impactCsvResponse(request: Request, dataset: string, audience: Audience): Promise<Response> {
  return handleApi(async () => {
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const { filename, body } = await exportImpactCsv(await getActor(), { dataset, audience, filters: params });
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        // The public figures are the same for everyone but change as reports arrive; the coordinator's are private.
        "Cache-Control": audience === "public" ? "public, max-age=300" : "private, no-store",
      },
    });
  });
}
