import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { defaultLocale, isLocale, messagesFor } from "@/messages";
import { getReaderTimeZone } from "@/lib/i18n/reader-time-zone";

export const LOCALE_COOKIE = "NEXT_LOCALE";

// No locale in the URL: the choice lives in a cookie so shared links work in every language.
export default getRequestConfig(async () => {
  const store = await cookies();
  const chosen = store.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : defaultLocale;
  // Times of day are shown in the reader's zone (ADR 009); calendar days are formatted in UTC.
  return { locale, messages: messagesFor(locale), timeZone: await getReaderTimeZone() };
});
