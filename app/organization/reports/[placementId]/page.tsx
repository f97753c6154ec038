import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { FeedbackForm } from "@/components/impact/feedback-form";
import { ReportSummary } from "@/components/impact/report-summary";
import { requirePageActor } from "@/lib/auth/page";
import { getPlacementImpact } from "@/lib/data/impact/get-placement-impact";
import { orNotFound } from "@/lib/http/or-not-found";
import { organizationRatesVolunteer, figureKeys } from "@/lib/validation/impact";
import { ConfirmForm } from "./confirm-form";
import { organizationFeedbackAction } from "./actions";
import { getWhen } from "@/lib/i18n/when-server";

export async function generateMetadata() {
  return { title: (await getTranslations("everyday.titles"))("report") };
}

export default async function OrganizationReportPage({ params }: { params: Promise<{ placementId: string }> }) {
  const actor = await requirePageActor("report.write");
  const { placementId } = await params;
  const view = await orNotFound(getPlacementImpact(actor, { placementId, side: "organization" }));
  const t = await getTranslations("impact.reports");
  const tEveryday = await getTranslations("everyday");
  const when = await getWhen();
  const { placement: p, report, ownFeedback } = view;
  return (
    <div className="flex flex-col gap-6">
      <Link href="/organization/reports" className="text-brand-800 underline">
        {t("back")}
      </Link>
      <div>
        <PageTitle>{t("placementHeading", { need: p.needTitle, organization: p.organizationName })}</PageTitle>
        <p>{tEveryday("spanDays", { range: when.halfOpen(p.startDate, p.endDate), days: p.lengthDays })}</p>
        {p.volunteerName ? <p>{t("volunteerName", { name: p.volunteerName })}</p> : null}
      </div>
      <Card title={t("reportTitle")}>
        {!report ? <p>{t("notSubmitted")}</p> : <ReportSummary report={report} />}
      </Card>
      {report && report.status === "submitted" ? (
        <Card title={t("confirmTitle")}>
          <ConfirmForm placementId={p.id} maxDays={p.lengthDays} reported={Object.fromEntries(figureKeys.map((k) => [k, report[k]]))} />
        </Card>
      ) : null}
      <Card title={t("feedbackTitle")}>
        {ownFeedback ? (
          <p>{t("feedbackGiven", { date: when.instantDay(ownFeedback.createdAt) })}</p>
        ) : (
          <>
            <p className="mb-3 text-sm text-muted">{t("feedbackIntroOrganization")}</p>
            <FeedbackForm action={organizationFeedbackAction} side="organization" placementId={p.id} aspects={organizationRatesVolunteer} />
          </>
        )}
      </Card>
    </div>
  );
}
