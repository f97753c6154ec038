"use client";
import { useTranslations } from "next-intl";

/** Translates the message keys a FormState carries (errors.*, field keys) into sentences. */
export function useFormText() {
  const t = useTranslations();
  const text = (key: string | undefined): string | undefined => {
    if (!key) return undefined;
    return t.has(key as never) ? t(key as never) : t("errors.generic");
  };
  const field = (keys: string[] | undefined): string[] | undefined =>
    keys?.map((k) => (t.has(`errors.field.${k}` as never) ? t(`errors.field.${k}` as never) : t.has(k as never) ? t(k as never) : t("errors.field.invalid")));
  return { text, field };
}
