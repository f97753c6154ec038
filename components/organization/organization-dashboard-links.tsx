import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { MyOrganization } from "@/lib/data/organizations/list-my-organizations";

/** The organisation card's links on the dashboard: one per organisation, or the way to register one. */
export async function OrganizationDashboardLinks({ orgs }: { orgs: Pick<MyOrganization, "id" | "name" | "status">[] }) {
  const t = await getTranslations("organization");
  if (orgs.length === 0) {
    return (
      <p className="mt-2">
        <Link href="/organization/register" className="text-brand-800 underline">
          {t("dashboard.registerFirst")}
        </Link>
      </p>
    );
  }
  return (
    <ul className="mt-2 list-disc pl-5">
      {orgs.map((o) => (
        <li key={o.id}>
          <Link href={`/organization/${o.id}`} className="text-brand-800 underline">
            {t("dashboard.manage", { name: o.name })}
          </Link>{" "}
          <span className="text-sm text-muted">({t(`statuses.${o.status}`)})</span>
        </li>
      ))}
    </ul>
  );
}
