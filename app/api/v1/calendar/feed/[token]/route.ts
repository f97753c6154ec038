// GET /api/v1/calendar/feed/<token>.ics: the private subscription feed. Calendar applications cannot
// sign in, so the unguessable token is the credential; it is revocable from /account/calendar.
import { buildPlacementCalendar } from "@/lib/data/calendar/calendar-placements";
import { unsafeFindViewerByFeedToken } from "@/lib/data/calendar/calendar-tokens";
import { icsResponse } from "@/lib/calendar/response";
import { handleApi } from "@/lib/http/api";
import { AppError } from "@/lib/errors";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  return handleApi(async () => {
    const { token } = await params;
    const viewer = await unsafeFindViewerByFeedToken(token);
    const ics = viewer ? await buildPlacementCalendar(viewer) : null;
    // An unknown, revoked or expired token, and an owner who may read no placements, look the same.
    if (ics === null) throw new AppError("not_found");
    return icsResponse(ics, { download: false });
  });
}
