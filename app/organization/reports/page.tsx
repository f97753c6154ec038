import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { ImpactPlacementsTable } from "@/components/impact/impact-placements-table";
import { requirePageActor } from "@/lib/auth/page";
import { listImpactPlacements } from "@/lib/data/impact/list-impact-placements";

export async function generateMetadata() {
  return { title: (await getTranslations("impact.reports"))("organizationTitle") };
}

export default async function OrganizationReportsPage() {
  const actor = await requirePageActor("report.write");
  const t = await getTranslations("impact.reports");
  const rows = await listImpactPlacements(actor, "organization");
  return (
    <div className="flex flex-col gap-4">
      <PageTitle>{t("organizationTitle")}</PageTitle>
      <p className="max-w-3xl">{t("organizationIntro")}</p>
      <ImpactPlacementsTable rows={rows} basePath="/organization/reports" showVolunteer />
    </div>
  );
}
