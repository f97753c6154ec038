import { getLocale, getTranslations } from "next-intl/server";
import type { PublicNeed } from "@/lib/data/needs/get-public-need";
import { languageDisplayName, referenceName } from "@/lib/i18n/reference-names";

/** The facts of a need as a description list (screen readers announce term and value pairs). */
export async function NeedFacts({ need }: { need: PublicNeed }) {
  const [t, locale] = await Promise.all([getTranslations("needs.detail"), getLocale()]);
  const named = (l: PublicNeed["languages"][number]) => languageDisplayName(locale, l.code, l.name);
  const required = need.languages.filter((l) => l.required).map(named);
  const preferred = need.languages.filter((l) => !l.required).map(named);
  const offers = (Object.keys(need.offers) as (keyof PublicNeed["offers"])[]).filter((k) => need.offers[k]).map((k) => t(`offer.${k}`));
  const rows: [string, string][] = [
    [t("postedBy"), need.organizationName],
    [t("facility"), need.facilityName ?? "—"],
    [t("where"), [need.talukaName, need.districtName, need.division].filter(Boolean).join(", ") || "—"],
    [t("places"), String(need.slots)],
    [t("deadline"), need.applicationDeadline ?? t("noDeadline")],
    [t("profession"), need.professionLabel && need.professionCode ? referenceName(locale, "professions", need.professionCode, need.professionLabel) : "—"],
    [
      t("specialty"),
      need.specialtyName && need.specialtyCode ? referenceName(locale, "specialties", need.specialtyCode, need.specialtyName) : t("anySpecialty"),
    ],
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
