import Link from "next/link";
import { getTranslations } from "next-intl/server";

const targets = {
  volunteer: "/volunteer/reports",
  organization: "/organization/reports",
  coordinator: "/coordinator/dashboard",
} as const;

/** The impact link on a role's card of the home dashboard (issue 7). */
export async function ImpactDashboardLink({ role }: { role: keyof typeof targets }) {
  const t = await getTranslations("impact.dashboardCard");
  return (
    <Link href={targets[role]} className="mt-2 block text-brand-800 underline">
      {t(role)}
    </Link>
  );
}
