import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { ImpactDashboardView } from "@/components/impact/impact-dashboard-view";
import { ImpactFilters } from "@/components/impact/impact-filters";
import { getActor } from "@/lib/auth/get-actor";
import { datasetsFor } from "@/lib/data/impact/csv-datasets";
import { getImpactDashboard } from "@/lib/data/impact/get-impact-dashboard";

type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("impact");
  return { title: t("publicTitle") };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Public: anyone may read it (DESIGN "public impact figures"); small groups are withheld. */
export default async function PublicImpactPage({ searchParams }: { searchParams: Search }) {
  const t = await getTranslations("impact");
  const sp = await searchParams;
  const raw = { from: one(sp.from), to: one(sp.to), division: one(sp.division) };
  const dashboard = await getImpactDashboard(await getActor(), raw, "public");
  return (
    <div className="flex flex-col gap-6">
      <div>
        <PageTitle>{t("publicTitle")}</PageTitle>
        <p className="max-w-3xl">{t("publicIntro")}</p>
      </div>
      <ImpactFilters action="/impact" filters={dashboard.filters} raw={raw} divisions={dashboard.divisions} errors={dashboard.filterErrors} />
      <ImpactDashboardView dashboard={dashboard} csvBase="/api/v1/impact" datasets={datasetsFor("public")} />
    </div>
  );
}
