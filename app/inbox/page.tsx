import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { requirePageActor } from "@/lib/auth/page";
import { listNotifications } from "@/lib/data/notifications/inbox";
import { renderNotification } from "@/lib/data/notifications/render";
import { markAllReadAction, markReadAction, openNotificationAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications.inbox"))("title") };
}

export default async function InboxPage({ searchParams }: { searchParams: Promise<{ unread?: string; page?: string }> }) {
  const actor = await requirePageActor("notifications.read");
  const sp = await searchParams;
  const unreadOnly = sp.unread === "1";
  const [t, locale] = await Promise.all([getTranslations("notifications.inbox"), getLocale()]);
  const tc = await getTranslations("common");
  const { items, page, pages, unread } = await listNotifications(actor, { unreadOnly, page: sp.page ?? "1" });
  const href = (p: number, u = unreadOnly) => `/inbox?${new URLSearchParams({ ...(u ? { unread: "1" } : {}), page: String(p) })}`;
  return (
    <div className="flex flex-col gap-4">
      <PageTitle>{t("title")}</PageTitle>
      <p className="text-muted">{t("intro")}</p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status" className="font-medium">
          {t("unreadCount", { count: unread })}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <nav aria-label={t("title")} className="flex gap-3">
            <Link
              href={href(1, false)}
              aria-current={!unreadOnly ? "page" : undefined}
              className="underline-offset-2 aria-[current=page]:font-bold aria-[current=page]:underline"
            >
              {t("filterAll")}
            </Link>
            <Link
              href={href(1, true)}
              aria-current={unreadOnly ? "page" : undefined}
              className="underline-offset-2 aria-[current=page]:font-bold aria-[current=page]:underline"
            >
              {t("filterUnread")}
            </Link>
          </nav>
          {unread > 0 ? (
            <form action={markAllReadAction}>
              <button type="submit" className={buttonClass("secondary")}>
                {t("markAllRead")}
              </button>
            </form>
          ) : null}
        </div>
      </div>
      {items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {items.map((n) => {
            const { title, body } = renderNotification(locale, n.kind, n.params);
            const isUnread = n.readAt === null;
            return (
              <li key={n.id} className={`rounded-card border p-4 ${isUnread ? "border-brand-700 bg-brand-50" : "border-gray-200 bg-surface"}`}>
                <article aria-labelledby={`n-${n.id}`} className="flex flex-col gap-2">
                  <h2 id={`n-${n.id}`} className={`text-base ${isUnread ? "font-bold" : "font-medium"}`}>
                    {isUnread ? <span className="mr-2 rounded bg-brand-700 px-2 py-0.5 text-xs text-white">{t("unread")}</span> : null}
                    {title}
                  </h2>
                  <p>{body}</p>
                  <p className="text-sm text-muted">{t("receivedAt", { at: n.createdAt })}</p>
                  <div className="flex flex-wrap gap-2">
                    {n.link ? (
                      <form action={openNotificationAction}>
                        <input type="hidden" name="id" value={n.id} />
                        <button type="submit" className={buttonClass("primary")} aria-describedby={`n-${n.id}`}>
                          {t("open")}
                        </button>
                      </form>
                    ) : null}
                    {isUnread ? (
                      <form action={markReadAction}>
                        <input type="hidden" name="id" value={n.id} />
                        <button type="submit" className={buttonClass("secondary")} aria-describedby={`n-${n.id}`}>
                          {t("markRead")}
                        </button>
                      </form>
                    ) : null}
                  </div>
                </article>
              </li>
            );
          })}
        </ul>
      )}
      {pages > 1 ? (
        <nav aria-label={tc("pageOf", { page, pages })} className="flex gap-4">
          {page > 1 ? <Link href={href(page - 1)}>{tc("previous")}</Link> : null}
          <span>{tc("pageOf", { page, pages })}</span>
          {page < pages ? <Link href={href(page + 1)}>{tc("next")}</Link> : null}
        </nav>
      ) : null}
      <p className="flex flex-wrap gap-4">
        <Link href="/account/notifications" className="text-brand-800 underline">
          {t("preferencesLink")}
        </Link>
        <Link href="/account/calendar" className="text-brand-800 underline">
          {t("calendarLink")}
        </Link>
      </p>
    </div>
  );
}
