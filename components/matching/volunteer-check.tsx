import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { ReasonList } from "@/components/matching/reason-list";
import type { VolunteerCheck } from "@/lib/data/matching/check-volunteer";
import type { ReasonFormatter } from "@/lib/i18n/reason-formatter";

/**
 * "Why is this volunteer not on the shortlist?" on a need's shortlist page: a plain GET form (the
 * check is a read) and the engine's verdict, reasons or unmet requirements, in the reader's language.
 */
export async function VolunteerCheckCard({
  email,
  result,
  invalid,
  fmt,
}: {
  email: string;
  result: VolunteerCheck | null;
  invalid: boolean;
  /** From getReasonFormatter over `explainedItems(result)`, made by the page (components do not read data). */
  fmt: ReasonFormatter;
}) {
  const t = await getTranslations("matching.shortlist.check");
  const te = await getTranslations("errors.field");
  return (
    <Card title={t("title")}>
      <p className="mb-3">{t("intro")}</p>
      <form method="get" role="search" aria-label={t("title")} className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <Field name="check" type="email" label={t("email")} defaultValue={email} autoComplete="off" errors={invalid ? [te("email_invalid")] : undefined} />
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-white">
          {t("submit")}
        </button>
      </form>
      {result ? (
        <div role="status" className="mt-4">
          {result.state === "unknown" ? (
            <p>{t("unknown")}</p>
          ) : result.state === "profile_missing" ? (
            <p>{t("profileMissing", { name: result.name })}</p>
          ) : result.state === "eligible" ? (
            <>
              <p>{t("eligible", { name: result.name, score: result.score })}</p>
              <ReasonList reasons={result.reasons} summary={t("reasons")} format={fmt.reason} />
            </>
          ) : (
            <>
              <p id="check-excluded">{t("excluded", { name: result.name })}</p>
              <ul className="ml-5 mt-2 list-disc" aria-labelledby="check-excluded">
                {result.exclusions.map((e, i) => (
                  <li key={`${e.code}-${i}`}>{fmt.exclusion(e)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : null}
    </Card>
  );
}
