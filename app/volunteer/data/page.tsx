import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { VolunteerNav } from "@/components/volunteer/volunteer-nav";
import { requirePageActor } from "@/lib/auth/page";
import { DeleteAccountForm } from "./delete-account-form";

export async function generateMetadata() {
  return { title: (await getTranslations("volunteer.data"))("title") };
}

export default async function MyDataPage() {
  await requirePageActor("volunteer.profile.edit");
  const t = await getTranslations("volunteer.data");
  return (
    <div>
      <PageTitle>{t("title")}</PageTitle>
      <VolunteerNav current="data" />
      <div className="flex flex-col gap-6">
        <Card title={t("exportTitle")}>
          <p className="mb-3">{t("exportText")}</p>
          <a href="/api/v1/volunteer/export" download className={buttonClass("primary")}>
            {t("exportButton")}
          </a>
        </Card>
        <Card title={t("deleteTitle")}>
          <p className="mb-3">{t("deleteText")}</p>
          <DeleteAccountForm />
        </Card>
      </div>
    </div>
  );
}
