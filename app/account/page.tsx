import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { requirePageActor } from "@/lib/auth/page";
import { ChangePasswordForm } from "./change-password-form";
import { TimeZoneForm } from "./time-zone-form";
import { getTimeZoneSetting } from "@/lib/data/accounts/time-zone-setting";
import { getReaderTimeZone } from "@/lib/i18n/reader-time-zone";
import { signOutEverywhereAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const actor = await requirePageActor("account.manage");
  const t = await getTranslations();
  const [setting, current] = await Promise.all([getTimeZoneSetting(actor), getReaderTimeZone()]);
  return (
    <div className="flex flex-col gap-6">
      <PageTitle>{t("account.title")}</PageTitle>
      <Card title={t("account.roles")}>
        <p>{[...actor.roles].map((r) => t(`roles.${r}`)).join(", ") || t("common.notSet")}</p>
      </Card>
      <Card title={t("everyday.timeZone.title")}>
        <TimeZoneForm setting={setting} current={current} zones={Intl.supportedValuesOf("timeZone")} />
      </Card>
      <Card title={t("account.changePassword")}>
        <ChangePasswordForm />
      </Card>
      <Card title={t("security.ownTitle")}>
        <p className="mb-3">{t("security.ownIntro")}</p>
        <Link href="/account/security" className="text-brand-800 underline">
          {t("security.accountLink")}
        </Link>
      </Card>
      <Card title={t("account.signOutEverywhere")}>
        <p className="mb-3">{t("account.signOutEverywhereText")}</p>
        <form action={signOutEverywhereAction}>
          <Button type="submit" variant="secondary">
            {t("account.signOutEverywhere")}
          </Button>
        </form>
      </Card>
    </div>
  );
}
