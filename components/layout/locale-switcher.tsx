import { getLocale, getTranslations } from "next-intl/server";
import { locales } from "@/messages";
import { setLocale } from "@/app/actions/locale";

/** Works without JavaScript: a plain form per language. */
export async function LocaleSwitcher() {
  const t = await getTranslations("common");
  const current = await getLocale();
  return (
    <form action={setLocale} className="flex items-center gap-1" aria-label={t("changeLanguage")}>
      <span className="sr-only">{t("language")}</span>
      {locales.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === current}
          className={`rounded px-2 py-1 text-sm ${l === current ? "bg-brand-700 text-white" : "text-brand-800 underline"}`}
        >
          {t(`locales.${l}`)}
        </button>
      ))}
    </form>
  );
}
