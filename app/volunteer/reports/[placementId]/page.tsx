import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { FeedbackForm } from "@/components/impact/feedback-form";
import { ReportSummary } from "@/components/impact/report-summary";
import { requirePageActor } from "@/lib/auth/page";
import { getPlacementImpact } from "@/lib/data/impact/get-placement-impact";
import { orNotFound } from "@/lib/http/or-not-found";
import { volunteerRatesOrganization } from "@/lib/validation/impact";
import { ReportForm } from "./report-form";
import { volunteerFeedbackAction } from "./actions";
import { getWhen } from "@/lib/i18n/when-server";

export async function generateMetadata() {
  return { title: (await getTranslations("everyday.titles"))("report") };
}

export default async function VolunteerReportPage({ params }: { params: Promise<{ placementId: string }> }) {
  const actor = await requirePageActor("report.write");
  const { placementId } = await params;
  const view = await orNotFound(getPlacementImpact(actor, { placementId, side: "volunteer" }));
  const t = await getTranslations("impact.reports");
  const tEveryday = await getTranslations("everyday");
  const when = await getWhen();
  const { placement: p, report, ownFeedback } = view;
  const initial = report ? { ...report, corrections: "" } : {};
  return (
    <div className="flex flex-col gap-6">
      <Link href="/volunteer/reports" className="text-brand-800 underline">
        {t("back")}
      </Link>
      <div>
        <PageTitle>{t("placementHeading", { need: p.needTitle, organization: p.organizationName })}</PageTitle>
        <p>{tEveryday("spanDays", { range: when.halfOpen(p.startDate, p.endDate), days: p.lengthDays })}</p>
      </div>
      <Card title={t("reportTitle")}>
        {report?.status === "confirmed" ? (
          <ReportSummary report={report} />
        ) : (
          <>
            {report ? <p className="mb-3 font-medium">{t("status")}: {t(`statuses.${report.status}`)}</p> : null}
            <ReportForm placementId={p.id} maxDays={p.lengthDays} initial={initial as Record<string, string | number>} />
          </>
        )}
      </Card>
      <Card title={t("feedbackTitle")}>
        {ownFeedback ? (
          <p>{t("feedbackGiven", { date: when.instantDay(ownFeedback.createdAt) })}</p>
        ) : (
          <>
            <p className="mb-3 text-sm text-muted">{t("feedbackIntroVolunteer")}</p>
            <FeedbackForm action={volunteerFeedbackAction} side="volunteer" placementId={p.id} aspects={volunteerRatesOrganization} />
          </>
        )}
      </Card>
    </div>
  );
}
