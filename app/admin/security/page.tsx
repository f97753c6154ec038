import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { PageLinks } from "@/components/ui/page-links";
import { SecurityEventTable } from "@/components/account/security-event-table";
import { requirePageActor } from "@/lib/auth/page";
import { searchSecurityEvents } from "@/lib/data/accounts/security-log";
import { securityEventKinds } from "@/db/schema/accounts";

export async function generateMetadata() {
  return { title: (await getTranslations("security"))("adminTitle") };
}

export default async function AdminSecurityLogPage({ searchParams }: { searchParams: Promise<{ email?: string; kind?: string; page?: string }> }) {
  const actor = await requirePageActor("security.log.read");
  const t = await getTranslations("security");
  const sp = await searchParams;
  const kind = securityEventKinds.includes(sp.kind as never) ? sp.kind : undefined;
  const log = await searchSecurityEvents(actor, { email: sp.email, kind, page: sp.page ?? "1" });
  const href = (p: number) =>
    `/admin/security?${new URLSearchParams({ ...(log.email ? { email: log.email } : {}), ...(log.kind ? { kind: log.kind } : {}), page: String(p) })}`;
  return (
    <div className="flex flex-col gap-4">
      <PageTitle>{t("adminTitle")}</PageTitle>
      <form method="get" className="flex flex-wrap items-end gap-3" role="search">
        <div className="flex flex-col gap-1">
          <label htmlFor="security-email" className="font-medium">
            {t("searchEmail")}
          </label>
          <input id="security-email" name="email" type="search" defaultValue={log.email ?? ""} className="rounded-md border border-gray-400 px-3 py-2" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="security-kind" className="font-medium">
            {t("searchKind")}
          </label>
          <select id="security-kind" name="kind" defaultValue={log.kind ?? ""} className="rounded-md border border-gray-400 bg-white px-3 py-2">
            <option value="">{t("anyKind")}</option>
            {securityEventKinds.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          {t("search")}
        </button>
      </form>
      <p role="status">{t("count", { total: log.total })}</p>
      <SecurityEventTable items={log.items} showEmail caption={t("adminTitle")} />
      <PageLinks page={log.page} pages={log.pages} href={href} label={t("pages")} />
    </div>
  );
}
