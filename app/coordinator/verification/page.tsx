import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageLinks } from "@/components/ui/page-links";
import { requirePageActor } from "@/lib/auth/page";
import { listVerificationQueue, VERIFICATION_PAGE_SIZE } from "@/lib/data/verification/list-verification-queue";
import { getWhen } from "@/lib/i18n/when-server";
import { referenceName } from "@/lib/i18n/reference-names";

export async function generateMetadata() {
  return { title: (await getTranslations("coordinator"))("verification.title") };
}

export default async function VerificationQueuePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePageActor("volunteer.verify");
  const [t, locale] = await Promise.all([getTranslations("coordinator"), getLocale()]);
  const format = await getFormatter();
  const sp = await searchParams;
  const { rows, total, page } = await listVerificationQueue(actor, { page: sp.page ?? "1" });
  const pages = Math.max(1, Math.ceil(total / VERIFICATION_PAGE_SIZE));
  const when = await getWhen();
  const day = when.day;
  return (
    <div className="flex flex-col gap-6">
      <PageTitle>{t("verification.title")}</PageTitle>
      <p>{t("verification.intro")}</p>
      <p role="status">{t("verification.count", { total })}</p>
      <DataTable
        caption={t("verification.title")}
        small
        columns={[
          { label: t("verification.volunteer") },
          { label: t("verification.profession") },
          { label: t("verification.level") },
          { label: t("verification.pending") },
          { label: t("verification.waitingSince") },
        ]}
      >
        {rows.map((r) => (
          <tr key={r.volunteerId} className="border-b align-top">
            <td className="p-2">
              <Link href={`/coordinator/verification/${r.volunteerId}`} className="text-brand-800 underline">
                {r.name}
              </Link>
            </td>
            <td className="p-2">{r.profession && r.professionCode ? referenceName(locale, "professions", r.professionCode, r.profession) : "–"}</td>
            <td className="p-2">
              {t("verification.levelN", { level: r.level })}
              {r.validUntil ? <div className="text-muted">{t("verification.validUntil", { date: day(r.validUntil) })}</div> : null}
              {r.expiringSoon ? <div className="font-medium text-danger">{t("verification.expiring")}</div> : null}
            </td>
            <td className="p-2">{r.pendingLicences}</td>
            <td className="p-2">{r.waitingSince ? format.relativeTime(r.waitingSince) : "–"}</td>
          </tr>
        ))}
      </DataTable>
      <PageLinks page={page} pages={pages} href={(p) => `/coordinator/verification?page=${p}`} label={t("matches.pagination")} />
    </div>
  );
}
