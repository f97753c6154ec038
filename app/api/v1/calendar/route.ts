// GET /api/v1/calendar: the signed-in user's placements as an iCalendar (RFC 5545) download.
import { getActor } from "@/lib/auth/get-actor";
import { buildPlacementCalendar } from "@/lib/data/calendar/calendar-placements";
import { viewerForActor } from "@/lib/data/calendar/calendar-tokens";
import { icsResponse } from "@/lib/calendar/response";
import { handleApi } from "@/lib/http/api";
import { AppError } from "@/lib/errors";

export async function GET(): Promise<Response> {
  return handleApi(async () => {
    const viewer = await viewerForActor(await getActor());
    const ics = await buildPlacementCalendar(viewer);
    if (ics === null) throw new AppError("forbidden");
    return icsResponse(ics, { download: true });
  });
}
