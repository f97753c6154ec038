import { getActor } from "@/lib/auth/get-actor";
import { handleApi } from "@/lib/http/api";
import { searchNeeds } from "@/lib/data/needs/search-needs";

/** GET /api/v1/needs?q=&division=&district=&type=&profession=&specialty=&language=&from=&to=&mode=&sort=&page= — the public board as JSON. */
export async function GET(request: Request) {
  return handleApi(async () => {
    const params = new URL(request.url).searchParams;
    const input: Record<string, string> = {};
    for (const key of new Set(params.keys())) input[key] = params.get(key) ?? "";
    const { rows, total, page, pages } = await searchNeeds(await getActor(), input);
    return { needs: rows, total, page, pages };
  });
}
