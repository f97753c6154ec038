import { NextResponse } from "next/server";
import { getLocale } from "next-intl/server";
import { errorResponse } from "@/lib/http/api";
import { AppError } from "@/lib/errors";
import { referenceKinds, searchReference, type ReferenceKind } from "@/lib/data/volunteers/reference-lookup";

/**
 * Public search over the reference data (districts, languages, specialties, professions, countries,
 * states) for the pickers' progressive-enhancement combobox. Reference data is public and the same
 * for everyone, so answers may be cached briefly; specialty and profession labels follow the reader's
 * language, so a cache keys on what chooses it (i18n/choose-locale.ts).
 */
export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  try {
    const { kind } = await params;
    if (!(referenceKinds as readonly string[]).includes(kind)) throw new AppError("not_found");
    const q = new URL(request.url).searchParams.get("q") ?? "";
    const items = await searchReference(kind as ReferenceKind, q, undefined, await getLocale());
    return NextResponse.json({ items }, { headers: { "Cache-Control": "public, max-age=300", Vary: "Cookie, Accept-Language" } });
  } catch (e) {
    return errorResponse(e);
  }
}
