import { getLocale, getTranslations } from "next-intl/server";
import type { OrgFeedbackSummary as Summary } from "@/lib/data/impact/org-feedback-summary";

/**
 * What past volunteers said about the organisation behind a need, for future volunteers. Mount on
 * the need detail page with the result of getOrgFeedbackSummary(actor, need.organizationId).
 * Aggregates only, and only once 5 volunteers have rated (same rule as the public dashboard).
 */
export async function OrgFeedbackSummary({ summary }: { summary: Summary | null }) {
  if (!summary) return null;
  const t = await getTranslations("impact");
  const nf = new Intl.NumberFormat(await getLocale(), { maximumFractionDigits: 1 });
  return (
    <section aria-labelledby="org-feedback-heading" className="rounded-card border border-gray-200 bg-white p-4">
      <h2 id="org-feedback-heading" className="mb-2 text-lg font-semibold">
        {t("orgFeedback.title")}
      </h2>
      {summary.shown ? (
        <>
          <p className="mb-2">{t("orgFeedback.summary", { overall: nf.format(summary.overall), count: summary.ratings })}</p>
          <dl className="grid grid-cols-1 gap-1 sm:grid-cols-2">
            {summary.aspects.map((a) => (
              <div key={a.aspect} className="flex justify-between gap-2 border-b border-gray-100 py-1">
                <dt>{t(`aspects.${a.aspect}` as never)}</dt>
                <dd className="font-semibold tabular-nums">{t("reports.ratingValue", { n: nf.format(a.average) })}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <p className="text-muted">{t("orgFeedback.notYet")}</p>
      )}
    </section>
  );
}
