import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { VolunteerNav } from "@/components/volunteer/volunteer-nav";
import { requirePageActor } from "@/lib/auth/page";
import { getMyConsents } from "@/lib/data/volunteers/consents";
import { consentPurposes, NOTICE_VERSION } from "@/lib/validation/volunteers";
import { changeConsentAction } from "./actions";
import { getWhen } from "@/lib/i18n/when-server";

export async function generateMetadata() {
  return { title: (await getTranslations("volunteer.consents"))("title") };
}

export default async function ConsentsPage() {
  const actor = await requirePageActor("volunteer.profile.edit");
  const t = await getTranslations("volunteer");
  const state = await getMyConsents(actor);
  const instant = (await getWhen()).instant;
  const when = (d: Date | null) => (d ? instant(d) : "");
  return (
    <div>
      <PageTitle>{t("consents.title")}</PageTitle>
      <VolunteerNav current="consents" />
      <p className="mb-4">{t("consents.intro")}</p>
      <Card title={t("signUp.noticeTitle", { version: NOTICE_VERSION })}>
        <ul className="ml-5 list-disc text-sm">
          <li>{t("signUp.noticeItems.matching")}</li>
          <li>{t("signUp.noticeItems.profileSharing")}</li>
          <li>{t("signUp.noticeItems.contactFuture")}</li>
          <li>{t("signUp.noticeItems.rights")}</li>
        </ul>
      </Card>
      <ul className="mt-6 flex flex-col gap-4">
        {consentPurposes.map((p) => {
          const c = state[p];
          return (
            <li key={p} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-gray-200 bg-white p-4">
              <div>
                <p className="font-medium">{t(`consents.purposes.${p}`)}</p>
                <p className="text-sm text-muted">
                  {c.granted
                    ? t("consents.granted", { date: when(c.at) })
                    : c.at && c.everGranted
                      ? t("consents.withdrawnOn", { date: when(c.at) })
                      : t("consents.notGranted")}
                </p>
              </div>
              <form action={changeConsentAction}>
                <input type="hidden" name="purpose" value={p} />
                <input type="hidden" name="granted" value={c.granted ? "false" : "true"} />
                <Button type="submit" variant={c.granted ? "secondary" : "primary"}>
                  {c.granted ? t("consents.withdraw") : t("consents.grant")}
                  <span className="sr-only">: {t(`consents.purposes.${p}`)}</span>
                </Button>
              </form>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
