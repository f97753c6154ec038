import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { requirePageActor } from "@/lib/auth/page";
import { listCalendarTokens } from "@/lib/data/calendar/calendar-tokens";
import { CreateTokenForm } from "./create-token-form";
import { revokeCalendarTokenAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications.calendar"))("title") };
}

export default async function CalendarSettingsPage({ searchParams }: { searchParams: Promise<{ revoked?: string }> }) {
  const actor = await requirePageActor("calendar.read");
  const { revoked } = await searchParams;
  const t = await getTranslations("notifications.calendar");
  const tokens = await listCalendarTokens(actor);
  return (
    <div className="flex flex-col gap-6">
      <PageTitle>{t("title")}</PageTitle>
      {revoked === "1" ? (
        <p role="status" className="rounded-md border border-ok bg-green-50 px-4 py-3 text-ok">
          {t("revoked")}
        </p>
      ) : null}
      <Card>
        <p className="mb-4">{t("intro")}</p>
        {/* A plain link: the browser downloads the file (Content-Disposition: attachment). */}
        <a href="/api/v1/calendar" className={buttonClass("primary")} download>
          {t("download")}
        </a>
      </Card>
      <Card title={t("subscribeTitle")}>
        <p className="mb-2">{t("subscribeIntro")}</p>
        <p className="mb-4 text-muted">{t("lifetime")}</p>
        <CreateTokenForm hasLinks={tokens.length > 0} />
        <h3 className="mb-2 mt-6 font-semibold">{t("activeLinks")}</h3>
        {tokens.length === 0 ? (
          <p>{t("noLinks")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {tokens.map((tok) => {
              const label = t("createdAt", { at: tok.createdAt });
              return (
                <li key={tok.id} className="flex flex-wrap items-center justify-between gap-3 rounded border border-gray-200 p-3">
                  <span className="flex flex-col">
                    <span>{label}</span>
                    <span className="text-sm text-muted">
                      {t("expiresAt", { at: tok.expiresAt })} · {tok.lastUsedAt ? t("lastUsedAt", { at: tok.lastUsedAt }) : t("neverUsed")}
                    </span>
                  </span>
                  <form action={revokeCalendarTokenAction}>
                    <input type="hidden" name="id" value={tok.id} />
                    <button type="submit" className="rounded border border-danger px-3 py-1 text-sm text-danger" aria-label={`${t("revoke")}: ${label}`}>
                      {t("revoke")}
                    </button>
                  </form>
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </div>
  );
}
