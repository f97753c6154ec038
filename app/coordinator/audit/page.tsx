import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { requirePageActor } from "@/lib/auth/page";
import { listAuditLog } from "@/lib/data/audit/list-audit-log";
import { AppError } from "@/lib/errors";
import { getWhen } from "@/lib/i18n/when-server";

export async function generateMetadata() {
  return { title: (await getTranslations("coordinator"))("audit.title") };
}

type Search = Record<string, string | undefined>;
const filterKeys = ["actor", "action", "objectType", "objectId", "from", "to"] as const;

/** DESIGN rule 6: the append-only log, for coordinators and admins (audit.read). */
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor("audit.read");
  const t = await getTranslations("coordinator");
  const when = await getWhen();
  const sp = await searchParams;
  const filters = Object.fromEntries(filterKeys.map((k) => [k, sp[k] ?? ""])) as Record<(typeof filterKeys)[number], string>;
  let result: Awaited<ReturnType<typeof listAuditLog>> = { rows: [], nextBefore: null };
  let invalid = false;
  try {
    result = await listAuditLog(actor, { ...filters, before: sp.before ?? "" });
  } catch (e) {
    if (!(e instanceof AppError && e.code === "invalid_input")) throw e;
    invalid = true;
  }
  const query = (extra: Record<string, string>) => `/coordinator/audit?${new URLSearchParams({ ...filters, ...extra })}`;
  const input = (name: (typeof filterKeys)[number], type = "text") => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`audit-${name}`} className="text-sm font-medium">
        {t(`audit.${name}`)}
      </label>
      <input id={`audit-${name}`} name={name} type={type} defaultValue={filters[name]} className="rounded-md border border-gray-400 bg-white px-2 py-2" />
    </div>
  );
  return (
    <div className="flex flex-col gap-6">
      <PageTitle>{t("audit.title")}</PageTitle>
      <p>{t("audit.intro")}</p>
      <form method="get" role="search" aria-label={t("audit.filters")} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {input("actor")}
        {input("action")}
        {input("objectType")}
        {input("objectId")}
        {input("from", "date")}
        {input("to", "date")}
        <div className="flex items-end">
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-white">
            {t("matches.applyFilters")}
          </button>
        </div>
      </form>
      {invalid ? (
        <p role="alert" className="text-danger">
          {t("audit.invalid")}
        </p>
      ) : null}
      <DataTable
        caption={t("audit.title")}
        small
        columns={[
          { label: t("audit.at") },
          { label: t("audit.actor") },
          { label: t("audit.action") },
          { label: t("audit.object") },
          { label: t("audit.change") },
        ]}
      >
        {result.rows.map((r) => (
          <tr key={r.id} className="border-b align-top">
            <td className="p-2 whitespace-nowrap">{when.instant(r.at)}</td>
            <td className="p-2">
              {r.actorId ? (
                <Link href={query({ actor: r.actorId })} className="text-brand-800 underline">
                  {r.actorName ?? r.actorId.slice(0, 8)}
                </Link>
              ) : (
                t("audit.system")
              )}
            </td>
            <td className="p-2 font-mono">{r.action}</td>
            <td className="p-2">
              <span className="font-mono">{r.objectType}</span>
              {r.objectId ? (
                <>
                  {" "}
                  <Link href={query({ objectId: r.objectId })} className="font-mono text-brand-800 underline">
                    {r.objectId.slice(0, 8)}
                  </Link>
                </>
              ) : null}
            </td>
            <td className="p-2">
              {r.before || r.after ? (
                <details>
                  <summary className="cursor-pointer">{t("audit.details")}</summary>
                  <pre className="mt-1 max-w-md overflow-x-auto whitespace-pre-wrap break-words text-xs">
                    {JSON.stringify({ before: r.before, after: r.after }, null, 1)}
                  </pre>
                </details>
              ) : null}
            </td>
          </tr>
        ))}
      </DataTable>
      {result.rows.length === 0 && !invalid ? <p>{t("audit.empty")}</p> : null}
      <nav aria-label={t("matches.pagination")} className="flex gap-4">
        {sp.before ? <Link href={query({})}>{t("audit.newest")}</Link> : null}
        {result.nextBefore ? <Link href={query({ before: String(result.nextBefore) })}>{t("audit.older")}</Link> : null}
      </nav>
    </div>
  );
}
