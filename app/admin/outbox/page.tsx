import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { requirePageActor } from "@/lib/auth/page";
import { listOutbox } from "@/lib/data/notifications/list-outbox";
import { getWhen } from "@/lib/i18n/when-server";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications.outbox"))("title") };
}

const statuses = ["queued", "sent", "outbox", "failed"] as const;

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ status?: string; page?: string }> }) {
  const actor = await requirePageActor("outbox.read");
  const sp = await searchParams;
  const t = await getTranslations("notifications.outbox");
  const tc = await getTranslations("common");
  const time = (await getWhen()).instant;
  const { items, page, pages, status, total } = await listOutbox(actor, { status: sp.status, page: sp.page ?? "1" });
  const href = (p: number) => `/admin/outbox?${new URLSearchParams({ ...(status ? { status } : {}), page: String(p) })}`;
  return (
    <div className="flex flex-col gap-4">
      <PageTitle>{t("title")}</PageTitle>
      <p className="text-muted">{t("intro")}</p>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="outbox-status" className="font-medium">
            {t("filterStatus")}
          </label>
          <select id="outbox-status" name="status" defaultValue={status ?? ""} className="rounded-md border border-gray-400 bg-white px-3 py-2">
            <option value="">{t("any")}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          {t("filter")}
        </button>
      </form>
      <p role="status">
        {tc("pageOf", { page, pages })} · {total}
      </p>
      {items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {items.map((m) => (
            <li key={m.id} className="rounded-card border border-gray-200 bg-surface p-4">
              <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <dt className="font-medium">{t("to")}</dt>
                <dd className="break-all">{m.toAddress}</dd>
                <dt className="font-medium">{t("subject")}</dt>
                <dd>{m.subject}</dd>
                <dt className="font-medium">{t("status")}</dt>
                <dd>{statuses.includes(m.status as never) ? t(`statuses.${m.status as (typeof statuses)[number]}`) : m.status}</dd>
                <dt className="font-medium">{t("createdAt")}</dt>
                <dd>{time(m.createdAt)}</dd>
                {m.sentAt ? (
                  <>
                    <dt className="font-medium">{t("sentAt")}</dt>
                    <dd>{time(m.sentAt)}</dd>
                  </>
                ) : null}
                {m.error ? (
                  <>
                    <dt className="font-medium">{t("error")}</dt>
                    <dd className="text-danger">{m.error}</dd>
                  </>
                ) : null}
              </dl>
              <details className="mt-2">
                <summary className="cursor-pointer font-medium text-brand-800">{t("body")}</summary>
                <pre className="mt-2 whitespace-pre-wrap break-words rounded bg-gray-50 p-3 text-sm">{m.body}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 ? (
        <nav aria-label={tc("pageOf", { page, pages })} className="flex gap-4">
          {page > 1 ? <Link href={href(page - 1)}>{tc("previous")}</Link> : null}
          <span>{tc("pageOf", { page, pages })}</span>
          {page < pages ? <Link href={href(page + 1)}>{tc("next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
