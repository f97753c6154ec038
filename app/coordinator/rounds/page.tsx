import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { DecisionForm } from "@/components/coordination/decision-form";
import { DataTable } from "@/components/ui/data-table";
import { requirePageActor } from "@/lib/auth/page";
import { listRounds } from "@/lib/data/matching/list-rounds";
import { roundKinds } from "@/lib/validation/matching";
import { startRoundAction } from "./actions";
import { getWhen } from "@/lib/i18n/when-server";

export async function generateMetadata() {
  return { title: (await getTranslations("matching"))("rounds.title") };
}

export default async function RoundsPage() {
  const actor = await requirePageActor("round.run");
  const t = await getTranslations("matching");
  const when = await getWhen();
  const rounds = await listRounds(actor);
  const active = rounds.some((r) => r.status === "queued" || r.status === "running");
  return (
    <div className="flex flex-col gap-6">
      {/* While a round runs, the list refreshes itself (React hoists <meta> into the head). */}
      {active ? <meta httpEquiv="refresh" content="3" /> : null}
      <PageTitle>{t("rounds.title")}</PageTitle>
      <p>{t("rounds.intro")}</p>
      <Card title={t("rounds.startTitle")}>
        <DecisionForm
          action={startRoundAction}
          idPrefix="start-round"
          fields={[
            {
              name: "kind",
              label: t("rounds.kind"),
              type: "select",
              defaultValue: "optimal",
              options: roundKinds.map((k) => ({ value: k, label: t(`rounds.kinds.${k}`) })),
            },
          ]}
          submitLabel={t("rounds.start")}
          pendingLabel={t("rounds.starting")}
        />
      </Card>
      <section aria-labelledby="rounds-list" className="flex flex-col gap-3">
        <h2 id="rounds-list" className="text-xl font-semibold">
          {t("rounds.listTitle")}
        </h2>
        {active ? <p role="status">{t("rounds.refreshing")}</p> : null}
        {rounds.length === 0 ? (
          <p>{t("rounds.none")}</p>
        ) : (
          <DataTable
            small
            columns={[
              { label: t("rounds.created") },
              { label: t("rounds.kind") },
              { label: t("rounds.status") },
              { label: t("rounds.progress") },
              { label: t("rounds.filled") },
              { label: t("rounds.open"), hidden: true },
            ]}
          >
            {rounds.map((r) => (
              <tr key={r.id} className="border-b">
                <td className="p-2">{when.instant(r.createdAt)}</td>
                <td className="p-2">{t(`rounds.kinds.${r.kind}`)}</td>
                <td className="p-2">{t(`rounds.statuses.${r.status}`)}</td>
                <td className="p-2">
                  <progress max={100} value={r.progress} aria-label={t("rounds.progress")} className="mr-2 align-middle" />
                  {r.progress}%
                </td>
                <td className="p-2">{r.report ? `${r.report.slotsFilled} / ${r.report.slotsOpen}` : "—"}</td>
                <td className="p-2">
                  <Link href={`/coordinator/rounds/${r.id}`} className="text-brand-800 underline">
                    {t("rounds.open")}
                  </Link>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
