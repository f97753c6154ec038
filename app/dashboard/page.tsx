import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePageActor } from "@/lib/auth/page";
import { OrganizationDashboardLinks } from "@/components/organization/organization-dashboard-links";
import { listMyOrganizations } from "@/lib/data/organizations/list-my-organizations";
import { ImpactDashboardLink } from "@/components/impact/impact-dashboard-link";
import { VolunteerDashboardLinks } from "@/components/volunteer/volunteer-dashboard-links";
import { WaitingOffers } from "@/components/volunteer/waiting-offers";
import { listMyPlacements } from "@/lib/data/placements/list-my-offers";
import { CoordinatorDashboardLinks } from "@/components/coordination/coordinator-dashboard-links";

export async function generateMetadata() {
  return { title: (await getTranslations("everyday"))("titles.dashboard") };
}

// Each role's panel; the feature issues fill these with their own summaries and links.
export default async function DashboardPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("dashboard");
  const has = (r: string) => actor.roles.has(r as never);
  const now = Date.now();
  const offers = has("volunteer")
    ? (await listMyPlacements(actor))
        .filter((p) => p.status === "offered" && p.offerExpiresAt !== null && p.offerExpiresAt.getTime() > now)
        .map((p) => ({ id: p.id, needTitle: p.need.title, firstDay: p.firstDay, lastDay: p.lastDay, offerExpiresAt: p.offerExpiresAt! }))
    : [];
  return (
    <div className="flex flex-col gap-4">
      <PageTitle>{t("welcome", { name: actor.name })}</PageTitle>
      {actor.roles.size === 0 ? <p>{t("noRoles")}</p> : null}
      <WaitingOffers offers={offers} />
      <div className="grid gap-4 md:grid-cols-2">
        {has("volunteer") ? (
          <Card title={t("volunteerTitle")}>
            <p>{t("volunteerText")}</p>
            <VolunteerDashboardLinks />
            <ImpactDashboardLink role="volunteer" />
          </Card>
        ) : null}
        {has("organization") ? (
          <Card title={t("organizationTitle")}>
            <p>{t("organizationText")}</p>
            <OrganizationDashboardLinks orgs={await listMyOrganizations(actor)} />
            <ImpactDashboardLink role="organization" />
          </Card>
        ) : null}
        {has("coordinator") ? (
          <Card title={t("coordinatorTitle")}>
            <p>{t("coordinatorText")}</p>
            <CoordinatorDashboardLinks />
            <ImpactDashboardLink role="coordinator" />
          </Card>
        ) : null}
        {has("admin") ? (
          <Card title={t("adminTitle")}>
            <p>{t("adminText")}</p>
            <ul className="mt-2 list-disc pl-5">
              <li>
                <Link href="/admin/users" className="text-brand-800 underline">
                  {t("adminUsers")}
                </Link>
              </li>
              <li>
                <Link href="/admin/settings" className="text-brand-800 underline">
                  {t("adminSettings")}
                </Link>
              </li>
            </ul>
          </Card>
        ) : null}
      </div>
    </div>
  );
}
