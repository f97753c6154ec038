import { getActor } from "@/lib/auth/get-actor";
import { downloadDocument } from "@/lib/data/volunteers/documents";
import { AppError } from "@/lib/errors";
import { handleApi } from "@/lib/http/api";

/** Whoever may not read a document learns nothing of it, not even that it exists. */
const revealNothing = (e: unknown) => (e instanceof AppError && (e.code === "unauthenticated" || e.code === "forbidden") ? new AppError("not_found") : e);

/**
 * A credential document as an attachment, never rendered inline (nosniff, sandboxing CSP). DESIGN
 * rule 7: the owner and coordinators only, each read recorded; everyone else, signed in or not, 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(
    async () => {
      const { id } = await params;
      const doc = await downloadDocument(await getActor(), id);
      const ascii = doc.name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
      return new Response(Buffer.from(doc.bytes), {
        headers: {
          "Content-Type": doc.contentType,
          "Content-Length": String(doc.bytes.length),
          "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(doc.name)}`,
          "X-Content-Type-Options": "nosniff",
          "Content-Security-Policy": "default-src 'none'; sandbox",
          "Cache-Control": "private, no-store",
        },
      });
    },
    { mapError: revealNothing },
  );
}
