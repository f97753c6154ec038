import { getActor } from "@/lib/auth/get-actor";
import { handleApi } from "@/lib/http/api";
import { getPublicNeed } from "@/lib/data/needs/get-public-need";

/** GET /api/v1/needs/:id — one open need, public. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(async () => {
    const { id } = await params;
    const { myInterest: _mine, ...need } = await getPublicNeed(await getActor(), id);
    return { need };
  });
}
