"use client";
import { useTranslations } from "next-intl";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div role="alert" className="flex flex-col gap-3">
      <h1 className="text-2xl font-bold">{t("errorTitle")}</h1>
      <p>{t("generic")}</p>
      {/* The digest is logged with the request id (instrumentation.ts onRequestError). */}
      {error.digest ? <p className="text-sm text-muted">{t("reference", { reference: error.digest })}</p> : null}
      <button type="button" onClick={reset} className="self-start rounded bg-brand-700 px-4 py-2 text-white">
        {t("tryAgain")}
      </button>
    </div>
  );
}
