/** An .ics body as an HTTP response: private, never cached by shared caches, not indexed. */
export function icsResponse(body: string, opts: { download: boolean }): Response {
  const headers: Record<string, string> = {
    "Content-Type": "text/calendar; charset=utf-8",
    "Cache-Control": "private, no-store",
    "X-Robots-Tag": "noindex",
    "Referrer-Policy": "no-referrer",
  };
  if (opts.download) headers["Content-Disposition"] = 'attachment; filename="skillflow-placements.ics"';
  return new Response(body, { status: 200, headers });
}
