import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { OrgStatusBadge } from "@/components/organization/org-status-badge";
import { DecideOrganizationForm } from "@/components/organization/decide-organization-form";
import { requirePageActor } from "@/lib/auth/page";
import { listOrganizationsForReview, REVIEW_PAGE_SIZE } from "@/lib/data/organizations/list-organizations-for-review";
import { decideOrganizationAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("organization"))("review.title") };
}

const filters = ["pending", "verified", "rejected", "all"] as const;

/** Coordinators verify or reject organisations (a simple list; the placements issue deepens it). */
export default async function ReviewOrganizationsPage({ searchParams }: { searchParams: Promise<{ status?: string; page?: string }> }) {
  const actor = await requirePageActor("organization.verify");
  const sp = await searchParams;
  const { rows, total, page } = await listOrganizationsForReview(actor, { status: sp.status, page: sp.page });
  const status = filters.includes(sp.status as never) ? (sp.status as (typeof filters)[number]) : "pending";
  const t = await getTranslations("organization");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  const pages = Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE));
  const href = (p: number) => `/coordinator/organizations?${new URLSearchParams({ status, page: String(p) })}`;
  return (
    <div className="flex flex-col gap-4">
      <PageTitle>{t("review.title")}</PageTitle>
      <p>{t("review.intro")}</p>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col">
          <label htmlFor="status">{t("review.filter")}</label>
          <select id="status" name="status" defaultValue={status} className="rounded border border-gray-400 px-3 py-2">
            {filters.map((f) => (
              <option key={f} value={f}>
                {t(`review.statuses.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-white">
          {tc("search")}
        </button>
      </form>
      {rows.length === 0 ? <p>{t("review.none")}</p> : null}
      <ul className="flex flex-col gap-3">
        {rows.map((o) => (
          <li key={o.id} className="rounded-card border border-gray-200 bg-surface p-4">
            <h2 className="text-lg font-semibold">
              <Link href={`/organization/${o.id}`} className="text-brand-800 underline">
                {o.name}
              </Link>{" "}
              <OrgStatusBadge status={o.status} label={t(`statuses.${o.status}`)} />
            </h2>
            <p className="text-sm text-muted">
              {t(`kinds.${o.kind}`)} · {o.districtName ? `${o.districtName}, ` : ""}
              {o.stateName} · {t("review.registered", { date: format.dateTime(o.createdAt, { dateStyle: "medium" }) })} ·{" "}
              {t("review.members", { count: o.members })}
            </p>
            <p className="text-sm">
              {t("review.contact")}: {o.contactEmail}
              {o.contactPhone ? ` · ${o.contactPhone}` : ""}
            </p>
            {o.statusNote ? <p className="text-sm">{o.statusNote}</p> : null}
            <DecideOrganizationForm action={decideOrganizationAction} organizationId={o.id} name={o.name} status={o.status} />
          </li>
        ))}
      </ul>
      <nav aria-label={tc("pageOf", { page, pages })} className="flex gap-4">
        {page > 1 ? <Link href={href(page - 1)}>{tc("previous")}</Link> : null}
        <span>{tc("pageOf", { page, pages })}</span>
        {page < pages ? <Link href={href(page + 1)}>{tc("next")}</Link> : null}
      </nav>
    </div>
  );
}
