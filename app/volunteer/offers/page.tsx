import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { DecisionForm } from "@/components/coordination/decision-form";
import { requirePageActor } from "@/lib/auth/page";
import { listMyPlacements } from "@/lib/data/placements/list-my-offers";
import { acceptOfferAction, declineOfferAction, withdrawAction } from "./actions";
import { getWhen } from "@/lib/i18n/when-server";
import { reasonText } from "@/lib/i18n/reason-text";

export async function generateMetadata() {
  return { title: (await getTranslations("placements"))("offers.title") };
}

export default async function MyOffersPage() {
  const actor = await requirePageActor("offer.respond");
  const t = await getTranslations("placements");
  const tEveryday = await getTranslations("everyday");
  const rows = await listMyPlacements(actor);
  const when = await getWhen();
  const now = Date.now();
  return (
    <div className="flex flex-col gap-6">
      <PageTitle>{t("offers.title")}</PageTitle>
      <p>{t("offers.intro")}</p>
      {rows.length === 0 ? <p>{t("offers.empty")}</p> : null}
      {rows.map((p) => {
        const open = p.status === "offered" && p.offerExpiresAt !== null && p.offerExpiresAt.getTime() > now;
        return (
          <section
            key={p.id}
            id={`offer-${p.id}`}
            aria-labelledby={`offer-${p.id}-title`}
            className="rounded-card border border-gray-200 bg-surface p-5 shadow-sm"
          >
            <h2 id={`offer-${p.id}-title`} className="text-lg font-semibold">
              {p.need.title}
            </h2>
            <p className="text-muted">
              {p.need.organizationName}
              {p.need.facilityName ? ` · ${p.need.facilityName}` : ""}
              {p.need.districtName ? ` · ${p.need.districtName}` : ""}
            </p>
            <dl className="my-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt className="font-medium">{t("offers.period")}</dt>
              <dd>{when.days(p.firstDay, p.lastDay)}</dd>
              <dt className="font-medium">{t("offers.status")}</dt>
              <dd>{t(`status.${p.status}` as never)}</dd>
              {p.status === "offered" && p.offerExpiresAt ? (
                <>
                  <dt className="font-medium">{t("offers.deadline")}</dt>
                  <dd>{when.instant(p.offerExpiresAt)}</dd>
                </>
              ) : null}
              {p.arrivalDetails ? (
                <>
                  <dt className="font-medium">{t("offers.arrival")}</dt>
                  <dd className="whitespace-pre-line">{p.arrivalDetails}</dd>
                </>
              ) : null}
              {p.statusReason ? (
                <>
                  <dt className="font-medium">{t("offers.reason")}</dt>
                  <dd>{reasonText(p.statusReason, tEveryday as never)}</dd>
                </>
              ) : null}
            </dl>
            {open ? (
              <div className="grid gap-4 md:grid-cols-2">
                <Card headingLevel={3} title={t("offers.acceptTitle")}>
                  <DecisionForm idPrefix={`accept-${p.id}`} action={acceptOfferAction} hidden={{ placementId: p.id }} submitLabel={t("offers.accept")} />
                </Card>
                <Card headingLevel={3} title={t("offers.declineTitle")}>
                  <DecisionForm
                    idPrefix={`decline-${p.id}`}
                    action={declineOfferAction}
                    hidden={{ placementId: p.id }}
                    fields={[{ name: "reason", label: t("offers.declineReason"), type: "textarea", required: true }]}
                    submitLabel={t("offers.decline")}
                    variant="secondary"
                  />
                </Card>
              </div>
            ) : null}
            {p.status === "scheduled" || p.status === "active" ? (
              <details>
                <summary className="cursor-pointer text-brand-800 underline">{t("offers.withdrawTitle")}</summary>
                <div className="mt-2 max-w-lg">
                  <DecisionForm
                    idPrefix={`withdraw-${p.id}`}
                    action={withdrawAction}
                    hidden={{ placementId: p.id }}
                    fields={[{ name: "reason", label: t("offers.withdrawReason"), type: "textarea", required: true }]}
                    submitLabel={t("offers.withdraw")}
                    variant="danger"
                  />
                </div>
              </details>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
