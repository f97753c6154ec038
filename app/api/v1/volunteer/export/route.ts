import { getActor } from "@/lib/auth/get-actor";
import { exportMyData } from "@/lib/data/volunteers/export-my-data";
import { handleApi } from "@/lib/http/api";

/** DESIGN rule 7: everything held about the signed-in person, as a JSON download. */
export async function GET() {
  return handleApi(async () => {
    const data = await exportMyData(await getActor());
    const day = new Date().toISOString().slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="skillflow-my-data-${day}.json"`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  });
}
