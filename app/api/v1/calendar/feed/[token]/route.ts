// GET /api/v1/calendar/feed/<token>.ics: the private subscription feed. Calendar applications cannot
// sign in, so the unguessable token is the credential; it is revocable from /account/calendar.
import { NextResponse } from "next/server";
import { buildPlacementCalendar } from "@/lib/data/calendar/calendar-placements";
import { unsafeFindViewerByFeedToken } from "@/lib/data/calendar/calendar-tokens";
import { icsResponse } from "@/lib/calendar/response";

const notFound = () => NextResponse.json({ error: { code: "not_found", message: "errors.not_found" } }, { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  const viewer = await unsafeFindViewerByFeedToken(token);
  if (!viewer) return notFound();
  const ics = await buildPlacementCalendar(viewer);
  return ics === null ? notFound() : icsResponse(ics, { download: false });
}
