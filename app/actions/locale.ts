"use server";
import { cookies } from "next/headers";
import { isLocale } from "@/messages";
import { LOCALE_COOKIE } from "@/i18n/request";

/** Anyone may choose a language; the only input is checked against the known locales. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 365 * 86400 });
}
