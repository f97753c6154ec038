import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { FacilityForm } from "@/components/organization/facility-form";
import { DemoFacilityButton } from "@/components/organization/demo-facility-button";
import { facilityTypes } from "@/lib/validation/organizations";
import { requirePageActor } from "@/lib/auth/page";
import { listFacilities } from "@/lib/data/organizations/list-facilities";
import { listDemoFacilities } from "@/lib/data/organizations/demo-facilities";
import { getOrganization } from "@/lib/data/organizations/get-organization";
import { districtOptions, talukaOptionsForState } from "@/lib/data/needs/reference-options";
import { orNotFound } from "@/lib/http/or-not-found";
import { addDemoFacilityAction, saveFacilityAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("organization.facilities"))("title") };
}

export default async function FacilitiesPage({ params, searchParams }: { params: Promise<{ orgId: string }>; searchParams: Promise<{ edit?: string }> }) {
  const actor = await requirePageActor("organization.read");
  const { orgId } = await params;
  const { edit } = await searchParams;
  const org = await orNotFound(getOrganization(actor, { organizationId: orgId }));
  const [list, demo, districts, talukas] = await Promise.all([
    listFacilities(actor, { organizationId: org.id }),
    listDemoFacilities(actor, { organizationId: org.id }).catch(() => []),
    districtOptions(org.stateCode),
    talukaOptionsForState(org.stateCode),
  ]);
  const t = await getTranslations("organization.facilities");
  const editing = list.find((f) => f.id === edit);
  const typeOptions = facilityTypes.map((x) => ({ value: x, label: t(`types.${x}`) }));
  return (
    <div className="flex flex-col gap-6">
      <PageTitle>{t("title")}</PageTitle>
      {list.length === 0 ? <p>{t("none")}</p> : null}
      <ul className="grid gap-3 md:grid-cols-2">
        {list.map((f) => (
          <li key={f.id} className="rounded-card border border-gray-200 bg-surface p-4">
            <p className="font-semibold">{f.name}</p>
            <p className="text-sm text-muted">
              {t(`types.${f.type}`)} · {f.talukaName ? `${f.talukaName}, ` : ""}
              {f.districtName}
              {f.pincode ? ` · ${f.pincode}` : ""}
            </p>
            {f.address ? <p className="text-sm">{f.address}</p> : null}
            <p className="text-sm">{t("needs", { count: f.needs })}</p>
            <Link href={`/organization/${org.id}/facilities?edit=${f.id}`} className="text-sm text-brand-800 underline" aria-label={`${t("edit")}: ${f.name}`}>
              {t("edit")}
            </Link>
          </li>
        ))}
      </ul>
      <Card title={editing ? `${t("edit")}: ${editing.name}` : t("add")}>
        <FacilityForm
          key={editing?.id ?? "new"}
          action={saveFacilityAction}
          organizationId={org.id}
          types={typeOptions}
          districts={districts}
          talukas={talukas}
          defaults={
            editing
              ? {
                  facilityId: editing.id,
                  type: editing.type,
                  name: editing.name,
                  districtCode: String(editing.districtCode),
                  talukaCode: editing.talukaCode ? String(editing.talukaCode) : "",
                  address: editing.address,
                  pincode: editing.pincode ?? "",
                }
              : { districtCode: org.districtCode ? String(org.districtCode) : "" }
          }
        />
      </Card>
      {demo.length > 0 ? (
        <Card title={t("demoTitle")}>
          <p className="mb-3">{t("demoIntro")}</p>
          <ul className="flex flex-col divide-y divide-gray-200">
            {demo.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  {d.name}{" "}
                  <span className="text-sm text-muted">
                    ({t(`types.${d.type}`)}
                    {d.block ? `, ${d.block}` : ""})
                  </span>
                </span>
                {d.added ? (
                  <span className="text-sm text-ok">{t("demoAdded")}</span>
                ) : (
                  <DemoFacilityButton action={addDemoFacilityAction} organizationId={org.id} demoFacilityId={d.id} name={d.name} />
                )}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
