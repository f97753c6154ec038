import { getTranslations } from "next-intl/server";
import type { ProfessionalProfile } from "@/lib/data/needs/professional-profiles";

/** DESIGN rule 7: the professional profile only — the type has no contact fields to show. */
export async function CandidateCard({ profile }: { profile: ProfessionalProfile }) {
  const t = await getTranslations("organization.need");
  const specialties = profile.specialties.map((s) => s.name).join(", ");
  return (
    <div>
      <h3 className="font-semibold">{profile.fullName}</h3>
      <p className="text-sm text-muted">
        {[profile.profession, specialties].filter(Boolean).join(" · ")}
      </p>
      <p className="text-sm">
        {t("experience", { years: profile.yearsExperience })} · {t("level", { level: profile.verificationLevel })}
        {profile.country ? ` · ${t("livesIn", { country: profile.country })}` : ""}
      </p>
      {profile.languages.length ? (
        <p className="text-sm">
          {t("speaks")}: {profile.languages.map((l) => `${l.name} (${l.proficiency})`).join(", ")}
        </p>
      ) : null}
    </div>
  );
}
