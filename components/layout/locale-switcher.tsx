import { getLocale, getTranslations } from "next-intl/server";
import { locales } from "@/messages";

/** Works without JavaScript: a plain form per language; `action` is the route's setLocale. */
export async function LocaleSwitcher({ action }: { action: (formData: FormData) => void | Promise<void> }) {
  const t = await getTranslations("common");
  const current = await getLocale();
  return (
    <form action={action} className="flex items-center gap-1" aria-label={t("changeLanguage")}>
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
