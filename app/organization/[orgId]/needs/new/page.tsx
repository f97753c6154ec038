import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { NeedForm } from "@/components/organization/need-form";
import { requirePageActor } from "@/lib/auth/page";
import { getOrganization } from "@/lib/data/organizations/get-organization";
import { addDays, todayUtc } from "@/lib/validation/calendar-dates";
import { orNotFound } from "@/lib/http/or-not-found";
import { needFormOptions } from "../need-form-options";
import { createNeedAction } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("organization.needs"))("newTitle") };
}

export default async function NewNeedPage({ params }: { params: Promise<{ orgId: string }> }) {
  const actor = await requirePageActor("need.manage");
  const { orgId } = await params;
  const org = await orNotFound(getOrganization(actor, { organizationId: orgId }));
  const options = await needFormOptions(actor, org.id, await getLocale());
  const t = await getTranslations("organization.needs");
  const tf = await getTranslations("organization.needForm");
  return (
    <div className="flex flex-col gap-4">
      <PageTitle>{t("newTitle")}</PageTitle>
      {options.facilities.length === 0 ? (
        <p>
          {t("noFacility")}{" "}
          <Link href={`/organization/${org.id}/facilities`} className="text-brand-800 underline">
            {t("addFacility")}
          </Link>
        </p>
      ) : (
        <NeedForm
          action={createNeedAction}
          options={options}
          hidden={{ organizationId: org.id }}
          submitLabel={tf("save")}
          defaults={{
            type: "rural_primary_care",
            mode: "in_person",
            slots: "1",
            windowStart: addDays(todayUtc(), 30),
            windowEnd: addDays(todayUtc(), 59),
            minDays: "7",
            maxDays: "30",
          }}
        />
      )}
    </div>
  );
}
