import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { DecisionForm } from "@/components/coordination/decision-form";
import { DataTable } from "@/components/ui/data-table";
import { PageLinks } from "@/components/ui/page-links";
import { requirePageActor } from "@/lib/auth/page";
import { listMatchQueue, listRoundsWithProposals, MATCH_QUEUE_PAGE_SIZE } from "@/lib/data/matches/list-match-queue";
import { queueFilterOptions } from "@/lib/data/matches/queue-filter-options";
import { getReasonFormatter } from "@/lib/i18n/reason-formatter";
import { referenceLabel } from "@/lib/i18n/reference-names";
import { bulkApproveAction } from "./actions";
import { getWhen } from "@/lib/i18n/when-server";

export async function generateMetadata() {
  return { title: (await getTranslations("coordinator"))("matches.title") };
}

type Search = Record<string, string | undefined>;
const filterKeys = ["status", "district", "type", "specialty", "round", "source", "olderThanDays"] as const;

export default async function MatchQueuePage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor("match.approve");
  const [t, locale] = await Promise.all([getTranslations("coordinator"), getLocale()]);
  const tp = await getTranslations("placements");
  const format = await getFormatter();
  const when = await getWhen();
  const sp = await searchParams;
  const filters = Object.fromEntries(filterKeys.map((k) => [k, sp[k] ?? ""]));
  const [{ rows, total, page }, rounds, options] = await Promise.all([
    listMatchQueue(actor, { ...filters, status: sp.status || "proposed", page: sp.page ?? "1" }),
    listRoundsWithProposals(actor),
    queueFilterOptions(),
  ]);
  const pages = Math.max(1, Math.ceil(total / MATCH_QUEUE_PAGE_SIZE));
  const fmt = await getReasonFormatter(rows.flatMap((r) => r.reasons));
  const href = (p: number) => `/coordinator/matches?${new URLSearchParams({ ...filters, page: String(p) })}`;
  const select = (name: string, label: string, opts: { value: string; label: string }[], any = true) => (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={`filter-${name}`} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={filters[name]}
        className="min-w-0 max-w-full rounded-md border border-gray-400 bg-white px-2 py-2"
      >
        {any ? <option value="">{t("matches.any")}</option> : null}
        {opts.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="flex flex-col gap-6">
      <PageTitle>{t("matches.title")}</PageTitle>
      <p>{t("matches.intro")}</p>
      <form method="get" role="search" aria-label={t("matches.filters")} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {select(
          "status",
          t("matches.status"),
          (["proposed", "approved", "rejected", "superseded"] as const).map((s) => ({ value: s, label: t(`matchStatus.${s}`) })),
          false,
        )}
        {select(
          "district",
          t("matches.district"),
          options.districts.map((d) => ({ value: String(d.code), label: d.name })),
        )}
        {select(
          "type",
          t("matches.type"),
          options.types.map((ty) => ({ value: ty, label: tp(`needTypes.${ty}`) })),
        )}
        {select(
          "specialty",
          t("matches.specialty"),
          options.specialties.map((s) => ({ value: s.code, label: referenceLabel(locale, "specialties", s.code, s.name) })),
        )}
        {select(
          "round",
          t("matches.round"),
          rounds.map((r) => ({ value: r.id, label: t("matches.roundLabel", { date: when.instant(r.createdAt), count: r.proposed }) })),
        )}
        {select(
          "source",
          t("matches.source"),
          (["round", "interest", "organization", "coordinator"] as const).map((s) => ({ value: s, label: t(`sources.${s}`) })),
        )}
        {select(
          "olderThanDays",
          t("matches.age"),
          ["1", "3", "7", "14"].map((d) => ({ value: d, label: t("matches.olderThan", { days: Number(d) }) })),
        )}
        <div className="flex items-end">
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-white">
            {t("matches.applyFilters")}
          </button>
        </div>
      </form>

      {rounds.length ? (
        <section aria-labelledby="bulk-heading" className="rounded-card border border-gray-200 bg-surface p-4">
          <h2 id="bulk-heading" className="mb-2 text-lg font-semibold">
            {t("matches.bulkTitle")}
          </h2>
          <p className="mb-3 text-sm">{t("matches.bulkText")}</p>
          <ul className="flex flex-col gap-4">
            {rounds.map((r) => (
              <li key={r.id} className="flex flex-col gap-2">
                <span>{t("matches.roundLabel", { date: when.instant(r.createdAt), count: r.proposed })}</span>
                <DecisionForm
                  idPrefix={`bulk-${r.id}`}
                  action={bulkApproveAction}
                  hidden={{ roundId: r.id }}
                  submitLabel={t("matches.bulkApprove", { count: r.proposed })}
                  variant="secondary"
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <p role="status">{t("matches.count", { total })}</p>
      <DataTable
        caption={t("matches.title")}
        small
        columns={[
          { label: t("matches.need") },
          { label: t("matches.volunteer") },
          { label: t("matches.score") },
          { label: t("matches.ranks") },
          { label: t("matches.source") },
          { label: t("matches.proposedAt") },
          { label: t("matches.actions"), hidden: true },
        ]}
      >
        {rows.map((r) => (
          <tr key={r.id} className="border-b align-top">
            <td className="p-2">
              <div className="font-medium">{r.need.title}</div>
              <div className="text-muted">
                {r.need.organizationName}
                {r.need.districtName ? ` · ${r.need.districtName}` : ""} · {tp(`needTypes.${r.need.type}` as never)}
              </div>
            </td>
            <td className="p-2">
              <div>{r.volunteer.name}</div>
              <div className="text-muted">{t("verification.levelN", { level: r.volunteer.level })}</div>
              {r.evidenceLapsedAt ? <p className="font-semibold text-danger">{t("matches.evidenceLapsed")}</p> : null}
            </td>
            <td className="p-2">
              <details>
                <summary className="cursor-pointer">{r.score}</summary>
                <ul className="mt-1 list-disc pl-5">
                  {r.reasons.map((reason, i) => (
                    <li key={i}>{fmt.reason(reason)}</li>
                  ))}
                </ul>
              </details>
            </td>
            <td className="p-2">
              <div>{t("matches.volunteerRank", { rank: r.volunteerRank ?? "–" })}</div>
              <div>{t("matches.organizationRank", { rank: r.organizationRank ?? "–" })}</div>
            </td>
            <td className="p-2">{t(`sources.${r.source}`)}</td>
            <td className="p-2">{format.relativeTime(r.createdAt)}</td>
            <td className="p-2">
              <Link href={`/coordinator/matches/${r.id}`} className="text-brand-800 underline">
                {t("matches.review")}
                <span className="sr-only">
                  : {r.volunteer.name} – {r.need.title}
                </span>
              </Link>
            </td>
          </tr>
        ))}
      </DataTable>
      <PageLinks page={page} pages={pages} href={href} label={t("matches.pagination")} />
    </div>
  );
}
