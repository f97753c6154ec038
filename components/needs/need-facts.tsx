import { getTranslations } from "next-intl/server";
import type { PublicNeed } from "@/lib/data/needs/get-public-need";

/** The facts of a need as a description list (screen readers announce term and value pairs). */
export async function NeedFacts({ need }: { need: PublicNeed }) {
  const t = await getTranslations("needs.detail");
  const required = need.languages.filter((l) => l.required).map((l) => l.name);
  const preferred = need.languages.filter((l) => !l.required).map((l) => l.name);
  const offers = (Object.keys(need.offers) as (keyof PublicNeed["offers"])[]).filter((k) => need.offers[k]).map((k) => t(`offer.${k}`));
  const rows: [string, string][] = [
    [t("postedBy"), need.organizationName],
    [t("facility"), need.facilityName ?? "—"],
    [t("where"), [need.talukaName, need.districtName, need.division].filter(Boolean).join(", ") || "—"],
    [t("places"), String(need.slots)],
    [t("deadline"), need.applicationDeadline ?? t("noDeadline")],
    [t("profession"), need.professionLabel ?? "—"],
    [t("specialty"), need.specialtyName ?? t("anySpecialty")],
    [t("languagesRequired"), required.join(", ") || t("none")],
    [t("languagesPreferred"), preferred.join(", ") || t("none")],
    [t("credential"), t(`credentialLevels.${String(need.minCredentialLevel) as "0"}`)],
    [t("offers"), offers.join(", ") || t("offersNone")],
  ];
  return (
    <dl className="grid gap-x-4 gap-y-2 rounded-card border border-gray-200 bg-surface p-4 sm:grid-cols-[max-content_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
