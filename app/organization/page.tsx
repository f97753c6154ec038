import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { OrgStatusBadge } from "@/components/organization/org-status-badge";
import { requirePageActor } from "@/lib/auth/page";
import { listMyOrganizations } from "@/lib/data/organizations/list-my-organizations";

export async function generateMetadata() {
  return { title: (await getTranslations("organization"))("title") };
}

/** The organisations the user belongs to; choosing one opens its workspace (switching = choosing another). */
export default async function MyOrganizationsPage() {
  const actor = await requirePageActor("organization.register");
  const t = await getTranslations("organization");
  const orgs = await listMyOrganizations(actor);
  return (
    <div className="flex flex-col gap-4">
      <PageTitle>{t("title")}</PageTitle>
      <p>{t("intro")}</p>
      {orgs.length === 0 ? <p>{t("none")}</p> : null}
      <ul className="grid gap-4 md:grid-cols-2">
        {orgs.map((o) => (
          <li key={o.id}>
            <Card title={o.name}>
              <p className="text-sm text-muted">
                {t(`kinds.${o.kind}`)}
                {o.districtName ? ` · ${o.districtName}` : ""}
                {o.isAdmin ? ` · ${t("adminBadge")}` : ""}
              </p>
              <p className="mt-2">
                <OrgStatusBadge status={o.status} label={t(`statuses.${o.status}`)} />
              </p>
              <Link href={`/organization/${o.id}`} className={`${buttonClass("secondary")} mt-3`} aria-label={`${t("open")}: ${o.name}`}>
                {t("open")}
              </Link>
            </Card>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/organization/register" className={buttonClass("primary")}>
          {t("register")}
        </Link>
      </p>
    </div>
  );
}
