import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { ImpactDashboardView } from "@/components/impact/impact-dashboard-view";
import { ImpactFilters } from "@/components/impact/impact-filters";
import { requirePageActor } from "@/lib/auth/page";
import { datasetsFor } from "@/lib/data/impact/csv-datasets";
import { getImpactDashboard } from "@/lib/data/impact/get-impact-dashboard";

type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("impact");
  return { title: t("coordinatorTitle") };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Coordinators only: unsuppressed figures plus what still needs following up. */
export default async function CoordinatorDashboardPage({ searchParams }: { searchParams: Search }) {
  const actor = await requirePageActor("dashboard.read");
  const t = await getTranslations("impact");
  const sp = await searchParams;
  const raw = { from: one(sp.from), to: one(sp.to), division: one(sp.division) };
  const dashboard = await getImpactDashboard(actor, raw, "coordinator");
  return (
    <div className="flex flex-col gap-6">
      <div>
        <PageTitle>{t("coordinatorTitle")}</PageTitle>
        <p className="max-w-3xl">{t("coordinatorIntro")}</p>
      </div>
      <ImpactFilters action="/coordinator/dashboard" filters={dashboard.filters} raw={raw} divisions={dashboard.divisions} errors={dashboard.filterErrors} />
      <ImpactDashboardView dashboard={dashboard} csvBase="/api/v1/impact/coordinator" datasets={datasetsFor("coordinator")} />
    </div>
  );
}
