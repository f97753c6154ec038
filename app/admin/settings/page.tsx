import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { requirePageActor } from "@/lib/auth/page";
import { listSettings } from "@/lib/data/settings/admin-settings";
import { SettingsForm } from "./settings-form";

export async function generateMetadata() {
  return { title: (await getTranslations("admin"))("settingsTitle") };
}

export default async function AdminSettingsPage() {
  const actor = await requirePageActor("admin.settings");
  const t = await getTranslations("admin");
  const current = await listSettings(actor);
  return (
    <div className="flex flex-col gap-4">
      <PageTitle>{t("settingsTitle")}</PageTitle>
      <SettingsForm current={current} />
    </div>
  );
}
