import { getLocale, getTranslations } from "next-intl/server";
import type { ProfessionalProfile } from "@/lib/data/needs/professional-profiles";
import { countryDisplayName, languageDisplayName, referenceName } from "@/lib/i18n/reference-names";

/** DESIGN rule 7: the professional profile only — the type has no contact fields to show. */
export async function CandidateCard({ profile }: { profile: ProfessionalProfile }) {
  const [t, tLevel, locale] = await Promise.all([getTranslations("organization.need"), getTranslations("volunteer.profile.proficiencies"), getLocale()]);
  // Reference names in the reader's language (issue 15); the tables hold the sources' English names.
  const profession = profile.profession && profile.professionCode ? referenceName(locale, "professions", profile.professionCode, profile.profession) : null;
  const specialties = profile.specialties.map((s) => referenceName(locale, "specialties", s.code, s.name)).join(", ");
  const country = profile.country && profile.countryCode ? countryDisplayName(locale, profile.countryCode, profile.country) : null;
  return (
    <div>
      <h3 className="font-semibold">{profile.fullName}</h3>
      <p className="text-sm text-muted">{[profession, specialties].filter(Boolean).join(" · ")}</p>
      <p className="text-sm">
        {t("experience", { years: profile.yearsExperience })} · {t("level", { level: profile.verificationLevel })}
        {country ? ` · ${t("livesIn", { country })}` : ""}
      </p>
      {profile.languages.length ? (
        <p className="text-sm">
          {t("speaks")}: {profile.languages.map((l) => `${languageDisplayName(locale, l.code, l.name)} (${tLevel(l.proficiency as "basic")})`).join(", ")}
        </p>
      ) : null}
    </div>
  );
}
