import { getLocale, getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { VolunteerNav } from "@/components/volunteer/volunteer-nav";
import { VerificationPanel } from "@/components/volunteer/verification-panel";
import { requirePageActor } from "@/lib/auth/page";
import { getMyProfile } from "@/lib/data/volunteers/get-my-profile";
import { listMyLicences } from "@/lib/data/volunteers/licences";
import { searchReference } from "@/lib/data/volunteers/reference-lookup";
import { missingForNextLevel } from "@/lib/data/volunteers/verification-progress";
import { ProfileForm } from "./profile-form";

export async function generateMetadata() {
  return { title: (await getTranslations("volunteer.profile"))("title") };
}

export default async function VolunteerProfilePage() {
  const actor = await requirePageActor("volunteer.profile.edit");
  const [t, locale] = await Promise.all([getTranslations("volunteer.profile"), getLocale()]);
  const [profile, licences, professions, specialties, countries, states, districts, languages] = await Promise.all([
    getMyProfile(actor),
    listMyLicences(actor),
    searchReference("professions", "", undefined, locale),
    searchReference("specialties", "", undefined, locale),
    searchReference("countries", "", undefined, locale),
    searchReference("states", ""),
    searchReference("districts", ""),
    searchReference("languages", ""),
  ]);
  const progress = missingForNextLevel({
    level: profile?.verificationLevel ?? 0,
    validUntil: profile?.verificationValidUntil ?? null,
    hasPhone: Boolean(profile?.phone),
    hasProfession: Boolean(profile?.professionCode),
    licences: licences.map((l) => ({
      status: l.status,
      hasDocument: Boolean(l.documentId),
      hasNumber: Boolean(l.number),
      validTo: l.validTo,
      countryCode: l.countryCode,
    })),
  });
  return (
    <div>
      <PageTitle>{t("title")}</PageTitle>
      <VolunteerNav current="profile" />
      <div className="flex flex-col gap-6">
        <VerificationPanel level={profile?.verificationLevel ?? 0} validUntil={profile?.verificationValidUntil ?? null} progress={progress} />
        <Card>
          <ProfileForm
            profile={profile}
            fallbackName={actor.name}
            options={{
              professions: professions.map((p) => ({ value: p.code, label: p.label })),
              specialties: specialties.map((s) => ({ value: s.code, label: s.label })),
              countries: countries.map((c) => ({ value: c.code, label: c.label })),
              states: states.map((s) => ({ value: s.code, label: s.label })),
              districts: districts.map((d) => ({ value: d.value, label: d.label })),
              languages: languages.map((l) => ({ value: l.value, label: l.label })),
            }}
          />
        </Card>
      </div>
    </div>
  );
}
