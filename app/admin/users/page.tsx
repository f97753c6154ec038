import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { requirePageActor } from "@/lib/auth/page";
import { listUsers, USERS_PAGE_SIZE } from "@/lib/data/accounts/list-users";
import { UserRowActions } from "./user-row-actions";

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const actor = await requirePageActor("admin.roles");
  const t = await getTranslations();
  const sp = await searchParams;
  const { rows, total, page } = await listUsers(actor, { q: sp.q ?? "", page: sp.page ?? "1" });
  const pages = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const href = (p: number) => `/admin/users?${new URLSearchParams({ q: sp.q ?? "", page: String(p) })}`;
  return (
    <div className="flex flex-col gap-4">
      <PageTitle>{t("admin.usersTitle")}</PageTitle>
      <form method="get" className="flex flex-wrap items-end gap-2" role="search">
        <div className="flex flex-col">
          <label htmlFor="q">{t("admin.searchUsers")}</label>
          <input id="q" name="q" defaultValue={sp.q ?? ""} className="rounded border border-gray-400 px-3 py-2" />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-white">
          {t("common.search")}
        </button>
      </form>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b">
              <th scope="col" className="p-2">{t("admin.name")}</th>
              <th scope="col" className="p-2">{t("admin.email")}</th>
              <th scope="col" className="p-2">{t("admin.status")}</th>
              <th scope="col" className="p-2">{t("admin.roles")}</th>
              <th scope="col" className="p-2">{t("admin.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.id} className="border-b align-top">
                <td className="p-2">{u.name}</td>
                <td className="p-2">{u.email}</td>
                <td className="p-2">{t(`admin.statuses.${u.status}`)}</td>
                <td className="p-2">{u.roles.map((r) => t(`roles.${r}`)).join(", ")}</td>
                <td className="p-2">
                  <UserRowActions user={u} isSelf={u.id === actor.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={t("common.pageOf", { page, pages })} className="flex gap-4">
        {page > 1 ? <Link href={href(page - 1)}>{t("common.previous")}</Link> : null}
        <span>{t("common.pageOf", { page, pages })}</span>
        {page < pages ? <Link href={href(page + 1)}>{t("common.next")}</Link> : null}
      </nav>
    </div>
  );
}
