import { getLocale, getTranslations } from "next-intl/server";
import { getWhen } from "@/lib/i18n/when-server";
import type { ReportDto } from "@/lib/data/impact/get-placement-impact";

/** A report read-only: the figures, what was written, and any corrections the organisation made. */
export async function ReportSummary({ report }: { report: ReportDto }) {
  const t = await getTranslations("impact.reports");
  const locale = await getLocale();
  const when = await getWhen();
  const nf = new Intl.NumberFormat(locale);
  const figures = ["daysServed", "hours", "patientsSeen", "proceduresOrCamps", "staffTrained", "sessionsTaught"] as const;
  const texts = ["trainingTopics", "materialsLeft", "followUp", "narrative"] as const;
  const corrected = Object.keys(report.corrections?.figures ?? {});
  return (
    <div className="flex flex-col gap-3">
      {report.status === "confirmed" && report.confirmedAt ? (
        <p className="rounded-md border border-ok bg-green-50 px-3 py-2 text-ok">{t("confirmedText", { date: when.instantDay(report.confirmedAt) })}</p>
      ) : null}
      {corrected.length ? (
        <p>
          {t("correctedNote", {
            fields: corrected
              .map((k) => `${t(k as never)} (${report.corrections!.figures![k].reported} → ${report.corrections!.figures![k].corrected})`)
              .join(", "),
          })}
        </p>
      ) : null}
      {report.corrections?.note ? <p>{t("orgNote", { note: report.corrections.note })}</p> : null}
      <dl className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        {figures.map((k) => (
          <div key={k} className="flex justify-between gap-2 border-b border-gray-100 py-1">
            <dt>{t(k)}</dt>
            <dd className="font-semibold tabular-nums">{nf.format(report[k])}</dd>
          </div>
        ))}
      </dl>
      <dl className="flex flex-col gap-2">
        {texts
          .filter((k) => report[k])
          .map((k) => (
            <div key={k}>
              <dt className="font-medium">{t(k)}</dt>
              <dd className="whitespace-pre-line">{report[k]}</dd>
            </div>
          ))}
      </dl>
    </div>
  );
}
