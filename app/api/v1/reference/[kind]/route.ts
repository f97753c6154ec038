import { getLocale } from "next-intl/server";
import { handleApi } from "@/lib/http/api";
import { AppError } from "@/lib/errors";
import { searchReference } from "@/lib/data/volunteers/reference-lookup";
import { referenceSearchSchema } from "@/lib/validation/reference";

/**
 * Public search over the reference data (districts, languages, specialties, professions, countries,
 * states) for the pickers' progressive-enhancement combobox. Reference data is public and the same
 * for everyone, so answers may be cached briefly; specialty and profession labels follow the reader's
 * language, so a cache keys on what chooses it (i18n/choose-locale.ts).
 */
export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  return handleApi(
    async () => {
      const input = referenceSearchSchema.safeParse({ kind: (await params).kind, q: new URL(request.url).searchParams.get("q") });
      if (!input.success) throw new AppError("not_found");
      return { items: await searchReference(input.data.kind, input.data.q, undefined, await getLocale()) };
    },
    { headers: { "Cache-Control": "public, max-age=300", Vary: "Cookie, Accept-Language" } },
  );
}
