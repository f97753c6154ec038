import "server-only";
import { getLocale, getTimeZone } from "next-intl/server";
import { boundWhen } from "./when-bound";

/** The one set of date/time formatters for a server component, in the reader's locale and zone. */
export async function getWhen() {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return boundWhen(locale, timeZone);
}
