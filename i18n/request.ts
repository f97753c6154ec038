import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { messagesFor } from "@/messages";
import { getReaderTimeZone } from "@/lib/i18n/reader-time-zone";
import { chooseLocale } from "./choose-locale";

export const LOCALE_COOKIE = "NEXT_LOCALE";

// No locale in the URL: the choice lives in a cookie so shared links work in every language. Before any
// choice, the browser's Accept-Language decides (pages are never cached: proxy.ts sets no-store).
export default getRequestConfig(async () => {
  const [store, requestHeaders] = await Promise.all([cookies(), headers()]);
  const locale = chooseLocale(store.get(LOCALE_COOKIE)?.value, requestHeaders.get("accept-language"));
  // Times of day are shown in the reader's zone (ADR 011); calendar days are formatted in UTC.
  return { locale, messages: messagesFor(locale), timeZone: await getReaderTimeZone() };
});
