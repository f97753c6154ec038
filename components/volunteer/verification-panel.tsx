import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { MissingItem } from "@/lib/data/volunteers/verification-progress";

/** DESIGN rule 3 made visible: the four levels, what each unlocks, and what is missing for the next. */
export async function VerificationPanel({
  level,
  validUntil,
  progress,
}: {
  level: number;
  validUntil: string | null;
  progress: { nextLevel: number | null; missing: MissingItem[] };
}) {
  const t = await getTranslations("volunteer.verification");
  return (
    <Card title={t("title", { level })}>
      {validUntil ? <p className="mb-2 text-sm">{t("validUntil", { date: validUntil })}</p> : null}
      <ol className="mb-4 flex flex-col gap-1">
        {([0, 1, 2, 3] as const).map((l) => (
          <li key={l} className={l === level ? "font-semibold" : l < level ? "text-muted" : ""} aria-current={l === level ? "step" : undefined}>
            {t(`levels.${l}`)}
            {l === level ? ` (${t("current")})` : ""}
          </li>
        ))}
      </ol>
      {progress.nextLevel === null ? (
        <p>{t("done")}</p>
      ) : (
        <>
          <h3 className="font-semibold">{t("nextTitle", { level: progress.nextLevel })}</h3>
          <ul className="ml-5 list-disc">
            {progress.missing.map((m) => (
              <li key={m}>{t(`missing.${m}`)}</li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-3 text-sm text-muted">{t("setByCoordinators")}</p>
    </Card>
  );
}
