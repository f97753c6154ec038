import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { RegisterOrganizationForm } from "@/components/organization/register-organization-form";
import { requirePageActor } from "@/lib/auth/page";
import { districtOptions, stateOptions } from "@/lib/data/needs/reference-options";
import { registerOrganizationAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("organization"))("register") };
}

export default async function RegisterOrganizationPage() {
  await requirePageActor("organization.register");
  const t = await getTranslations("organization");
  const [states, districts] = await Promise.all([stateOptions(), districtOptions(27)]);
  return (
    <div className="flex flex-col gap-4">
      <PageTitle>{t("register")}</PageTitle>
      <p>{t("pendingBanner")}</p>
      <RegisterOrganizationForm action={registerOrganizationAction} states={states} districts={districts} />
    </div>
  );
}
