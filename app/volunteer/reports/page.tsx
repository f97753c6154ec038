import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { ImpactPlacementsTable } from "@/components/impact/impact-placements-table";
import { requirePageActor } from "@/lib/auth/page";
import { listImpactPlacements } from "@/lib/data/impact/list-impact-placements";

export async function generateMetadata() {
  return { title: (await getTranslations("impact.reports"))("volunteerTitle") };
}

export default async function VolunteerReportsPage() {
  const actor = await requirePageActor("report.write");
  const t = await getTranslations("impact.reports");
  const rows = await listImpactPlacements(actor, "volunteer");
  return (
    <div className="flex flex-col gap-4">
      <PageTitle>{t("volunteerTitle")}</PageTitle>
      <p className="max-w-3xl">{t("volunteerIntro")}</p>
      <ImpactPlacementsTable rows={rows} basePath="/volunteer/reports" showVolunteer={false} />
    </div>
  );
}
