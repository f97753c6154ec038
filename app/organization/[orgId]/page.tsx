import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { requirePageActor } from "@/lib/auth/page";
import { listOrgNeeds } from "@/lib/data/needs/list-org-needs";
import { orNotFound } from "@/lib/http/or-not-found";

export async function generateMetadata() {
  return { title: (await getTranslations("organization"))("needs.title") };
}

/** The organisation's needs with their counts (interested, proposed, offered, placed). */
export default async function WorkspaceNeedsPage({ params }: { params: Promise<{ orgId: string }> }) {
  const actor = await requirePageActor("organization.read");
  const { orgId } = await params;
  const rows = await orNotFound(listOrgNeeds(actor, { organizationId: orgId }));
  const t = await getTranslations("organization");
  const tn = await getTranslations("needs");
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <PageTitle>{t("needs.title")}</PageTitle>
        <Link href={`/organization/${orgId}/needs/new`} className={buttonClass("primary")}>
          {t("needs.new")}
        </Link>
      </div>
      {rows.length === 0 ? (
        <p>{t("needs.none")}</p>
      ) : (
        <DataTable
          caption={t("needs.title")}
          columns={[
            { label: t("needs.needTitle") },
            { label: t("needs.status") },
            { label: t("needs.window") },
            { label: t("needs.interested"), align: "right" },
            { label: t("needs.proposed"), align: "right" },
            { label: t("needs.offered"), align: "right" },
            { label: t("needs.placed"), align: "right" },
          ]}
        >
          {rows.map((n) => (
            <tr key={n.id} className="border-b align-top">
              <td className="p-2">
                <Link href={`/organization/${orgId}/needs/${n.id}`} className="text-brand-800 underline">
                  {n.title}
                </Link>
                <div className="text-sm text-muted">
                  {tn(`types.${n.type}`)}
                  {n.facilityName ? ` · ${n.facilityName}` : ""}
                </div>
              </td>
              <td className="p-2">{n.filled && n.status === "open" ? t("needs.statuses.filled") : t(`needs.statuses.${n.status}`)}</td>
              <td className="p-2 whitespace-nowrap">{tn("window", { start: n.windowStart, end: n.windowEnd })}</td>
              <td className="p-2 text-right">{n.interested}</td>
              <td className="p-2 text-right">{n.proposed}</td>
              <td className="p-2 text-right">{n.offered}</td>
              <td className="p-2 text-right">{n.placed}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
