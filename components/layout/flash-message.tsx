import { getTranslations } from "next-intl/server";
import { readFlash } from "@/lib/http/flash";
import { FlashStatus } from "./flash-status";

/** What the last action did, said once at the top of the page (a live region, also without JS). */
export async function FlashMessage() {
  const key = await readFlash();
  const t = await getTranslations();
  return <FlashStatus text={key ? t(key as never) : null} />;
}
