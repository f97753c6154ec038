import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { DecisionForm } from "@/components/coordination/decision-form";
import { requirePageActor } from "@/lib/auth/page";
import { orNotFound } from "@/lib/http/or-not-found";
import { referenceName } from "@/lib/i18n/reference-names";
import { getOrganizationPlacement } from "@/lib/data/placements/organization-placements";
import { confirmArrivalAction } from "../actions";
import { getWhen } from "@/lib/i18n/when-server";
import { reasonText } from "@/lib/i18n/reason-text";

export async function generateMetadata() {
  return { title: (await getTranslations("everyday.titles"))("placement") };
}

export default async function OrganizationPlacementPage({ params }: { params: Promise<{ placementId: string }> }) {
  const actor = await requirePageActor("placement.confirm");
  const { placementId } = await params;
  const [t, locale] = await Promise.all([getTranslations("placements"), getLocale()]);
  const tEveryday = await getTranslations("everyday");
  // Reading this page with a scheduled placement discloses the contact details (recorded).
  const p = await orNotFound(getOrganizationPlacement(actor, placementId));
  const when = await getWhen();
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/organization/placements" className="text-brand-800 underline">
          {t("org.back")}
        </Link>
      </p>
      <PageTitle>{t("org.detailTitle", { volunteer: p.volunteerName, need: p.needTitle })}</PageTitle>
      <Card title={t("org.summary")}>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className="font-medium">{t("offers.period")}</dt>
          <dd>{when.days(p.firstDay, p.lastDay)}</dd>
          <dt className="font-medium">{t("offers.status")}</dt>
          <dd>{t(`status.${p.status}` as never)}</dd>
          {p.profession ? (
            <>
              <dt className="font-medium">{t("org.profession")}</dt>
              <dd>{p.professionCode ? referenceName(locale, "professions", p.professionCode, p.profession) : p.profession}</dd>
            </>
          ) : null}
          {p.statusReason ? (
            <>
              <dt className="font-medium">{t("offers.reason")}</dt>
              <dd>{reasonText(p.statusReason, tEveryday as never)}</dd>
            </>
          ) : null}
        </dl>
      </Card>
      <Card title={t("org.contact")}>
        {p.contact ? (
          <>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt className="font-medium">{t("org.email")}</dt>
              <dd>
                <a href={`mailto:${p.contact.email}`} className="text-brand-800 underline">
                  {p.contact.email}
                </a>
              </dd>
              <dt className="font-medium">{t("org.phone")}</dt>
              <dd>{p.contact.phone ?? "–"}</dd>
            </dl>
            <p className="mt-2 text-sm text-muted">{t("org.disclosureRecorded")}</p>
          </>
        ) : (
          <p>{t("org.contactHidden")}</p>
        )}
      </Card>
      {p.status === "scheduled" || p.status === "active" ? (
        <Card title={t("org.arrivalTitle")}>
          <DecisionForm
            idPrefix="arrival"
            action={confirmArrivalAction}
            hidden={{ placementId: p.id }}
            fields={[
              {
                name: "arrivalDetails",
                label: t("org.arrivalDetails"),
                hint: t("org.arrivalHint"),
                type: "textarea",
                defaultValue: p.arrivalDetails ?? "",
                required: true,
              },
            ]}
            submitLabel={t("org.saveArrival")}
          />
        </Card>
      ) : null}
    </div>
  );
}
