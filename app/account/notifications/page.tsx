import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePageActor } from "@/lib/auth/page";
import { getNotificationPreferences } from "@/lib/data/notifications/preferences";
import { PreferencesForm } from "./preferences-form";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("preferences.title") };
}

export default async function NotificationPreferencesPage() {
  const actor = await requirePageActor("account.manage");
  const t = await getTranslations("notifications");
  const { emailKinds } = await getNotificationPreferences(actor);
  return (
    <div className="flex flex-col gap-6">
      <PageTitle>{t("preferences.title")}</PageTitle>
      <Card>
        <p className="mb-4">{t("preferences.intro")}</p>
        <PreferencesForm emailKinds={emailKinds} />
      </Card>
      <p>
        <Link href="/inbox" className="text-brand-800 underline">
          {t("inbox.title")}
        </Link>
      </p>
    </div>
  );
}
