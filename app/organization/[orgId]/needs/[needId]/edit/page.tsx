import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { NeedForm } from "@/components/organization/need-form";
import { requirePageActor } from "@/lib/auth/page";
import { getOrgNeed } from "@/lib/data/needs/get-org-need";
import { orNotFound } from "@/lib/http/or-not-found";
import { needFormOptions } from "../../need-form-options";
import { updateNeedAction } from "../../actions";
import { fieldsToFormValues } from "../../fields-to-form-values";

export async function generateMetadata() {
  return { title: (await getTranslations("organization"))("needs.editTitle") };
}

export default async function EditNeedPage({ params }: { params: Promise<{ orgId: string; needId: string }> }) {
  const actor = await requirePageActor("need.manage");
  const { orgId, needId } = await params;
  const need = await orNotFound(getOrgNeed(actor, { needId }));
  if (need.organizationId !== orgId) notFound();
  const options = await needFormOptions(actor, orgId, await getLocale());
  const t = await getTranslations("organization");
  return (
    <div className="flex flex-col gap-4">
      <PageTitle>{t("needs.editTitle")}</PageTitle>
      <NeedForm
        action={updateNeedAction}
        options={options}
        hidden={{ organizationId: orgId, needId }}
        submitLabel={t("needForm.update")}
        defaults={fieldsToFormValues(need.fields)}
      />
    </div>
  );
}
