import { getLocale, getTranslations } from "next-intl/server";

/** What every dashboard section formats with: the translator, the locale's numbers, and "fewer than 5" for a withheld figure. */
export async function impactText() {
  const [t, locale] = await Promise.all([getTranslations("impact"), getLocale()]);
  const nf = new Intl.NumberFormat(locale);
  const num = (n: number | null) => (n == null ? t("fewerThan5") : nf.format(n));
  return { t, locale, nf, num };
}
