import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OrgStatusBadge } from "@/components/organization/org-status-badge";
import { requirePageActor } from "@/lib/auth/page";
import { getOrganization } from "@/lib/data/organizations/get-organization";
import { orNotFound } from "@/lib/http/or-not-found";

/** The workspace frame of one organisation: its name, status and sections. Members only (404 otherwise). */
export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ orgId: string }> }) {
  const actor = await requirePageActor("organization.read");
  const { orgId } = await params;
  const org = await orNotFound(getOrganization(actor, { organizationId: orgId }));
  const t = await getTranslations("organization");
  const links = [
    { href: `/organization/${org.id}`, label: t("nav.overview") },
    { href: `/organization/${org.id}/facilities`, label: t("nav.facilities") },
    { href: `/organization/${org.id}/members`, label: t("nav.members") },
  ];
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-lg font-semibold">
          {org.name} <OrgStatusBadge status={org.status} label={t(`statuses.${org.status}`)} />
        </p>
        {actor.roles.has("organization") ? (
          <Link href="/organization" className="text-brand-800 underline">
            {t("nav.switch")}
          </Link>
        ) : null}
      </div>
      {org.status === "pending" ? (
        <p role="status" className="rounded-md border border-amber-700 bg-amber-50 px-4 py-3 text-amber-900">
          {t("pendingBanner")}
        </p>
      ) : null}
      {org.status === "rejected" ? (
        <p role="status" className="rounded-md border border-danger bg-red-50 px-4 py-3 text-danger">
          {t("rejectedBanner", { note: org.statusNote ?? "" })}
        </p>
      ) : null}
      <nav aria-label={t("nav.workspace")}>
        <ul className="flex flex-wrap gap-4 border-b border-gray-200 pb-2">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href} className="text-brand-800 underline-offset-2 hover:underline">
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
