import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ReasonList } from "@/components/matching/reason-list";
import type { MyFit } from "@/lib/data/matching/my-fit";
import type { ReasonFormatter } from "@/lib/i18n/reason-formatter";

/**
 * The signed-in volunteer's fit for one need (DESIGN rule 4): the score with its reasons, or the
 * hard requirements they do not meet, so a need missing from "needs for me" is never a mystery.
 */
/** `fmt` comes from the page: getReasonFormatter over `explainedItems(fit)`. */
export async function MyFitCard({ fit, fmt }: { fit: MyFit; fmt: ReasonFormatter }) {
  const t = await getTranslations("needs.detail");
  return (
    <Card title={t("fitTitle")}>
      {fit.state === "profile_missing" ? (
        <p>
          {t("fitProfileMissing")}{" "}
          <Link href="/volunteer/profile" className="text-brand-800 underline">
            {t("fitProfileLink")}
          </Link>
        </p>
      ) : fit.state === "eligible" ? (
        <>
          <p>{t("fitEligible", { score: fit.score })}</p>
          <ReasonList reasons={fit.reasons} summary={t("fitReasons")} format={fmt.reason} />
        </>
      ) : (
        <>
          <p id="fit-excluded">{t("fitExcluded")}</p>
          <ul className="ml-5 mt-2 list-disc" aria-labelledby="fit-excluded">
            {fit.exclusions.map((e, i) => (
              <li key={`${e.code}-${i}`}>{fmt.exclusion(e)}</li>
            ))}
          </ul>
          <p className="mt-2 text-muted">{t("fitUpdate")}</p>
        </>
      )}
    </Card>
  );
}
