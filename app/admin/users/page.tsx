import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageLinks } from "@/components/ui/page-links";
import { requirePageActor } from "@/lib/auth/page";
import { listUsers, USERS_PAGE_SIZE } from "@/lib/data/accounts/list-users";
import { UserRowActions } from "./user-row-actions";

export async function generateMetadata() {
  return { title: (await getTranslations("admin"))("usersTitle") };
}

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
      <DataTable
        columns={[
          { label: t("admin.name") },
          { label: t("admin.email") },
          { label: t("admin.status") },
          { label: t("admin.roles") },
          { label: t("admin.actions") },
        ]}
      >
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
      </DataTable>
      <PageLinks page={page} pages={pages} href={href} label={t("common.pageOf", { page, pages })} />
    </div>
  );
}
