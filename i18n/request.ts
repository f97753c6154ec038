import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { defaultLocale, isLocale, messagesFor } from "@/messages";

export const LOCALE_COOKIE = "NEXT_LOCALE";

// No locale in the URL: the choice lives in a cookie so shared links work in every language.
export default getRequestConfig(async () => {
  const store = await cookies();
  const chosen = store.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : defaultLocale;
  return { locale, messages: messagesFor(locale), timeZone: "Asia/Kolkata" };
});
