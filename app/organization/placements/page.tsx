import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { requirePageActor } from "@/lib/auth/page";
import { referenceName } from "@/lib/i18n/reference-names";
import { listOrganizationPlacements } from "@/lib/data/placements/organization-placements";
import { getWhen } from "@/lib/i18n/when-server";

export async function generateMetadata() {
  return { title: (await getTranslations("placements"))("org.title") };
}

export default async function OrganizationPlacementsPage() {
  const actor = await requirePageActor("placement.confirm");
  const [t, locale] = await Promise.all([getTranslations("placements"), getLocale()]);
  const rows = await listOrganizationPlacements(actor);
  const when = await getWhen();
  return (
    <div className="flex flex-col gap-6">
      <PageTitle>{t("org.title")}</PageTitle>
      <p>{t("org.intro")}</p>
      {rows.length === 0 ? <p>{t("org.empty")}</p> : null}
      {rows.length ? (
        <DataTable
          caption={t("org.title")}
          small
          columns={[{ label: t("org.need") }, { label: t("org.volunteer") }, { label: t("offers.period") }, { label: t("offers.status") }]}
        >
          {rows.map((p) => (
            <tr key={p.id} className="border-b align-top">
              <td className="p-2">
                <Link href={`/organization/placements/${p.id}`} className="text-brand-800 underline">
                  {p.needTitle}
                </Link>
              </td>
              <td className="p-2">
                {p.volunteerName}
                {p.profession ? (
                  <div className="text-muted">{p.professionCode ? referenceName(locale, "professions", p.professionCode, p.profession) : p.profession}</div>
                ) : null}
              </td>
              <td className="p-2">{when.days(p.firstDay, p.lastDay)}</td>
              <td className="p-2">{t(`status.${p.status}` as never)}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </div>
  );
}
