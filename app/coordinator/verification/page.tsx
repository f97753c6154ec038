import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { requirePageActor } from "@/lib/auth/page";
import { listVerificationQueue, VERIFICATION_PAGE_SIZE } from "@/lib/data/verification/list-verification-queue";

export default async function VerificationQueuePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePageActor("volunteer.verify");
  const t = await getTranslations("coordinator");
  const format = await getFormatter();
  const sp = await searchParams;
  const { rows, total, page } = await listVerificationQueue(actor, { page: sp.page ?? "1" });
  const pages = Math.max(1, Math.ceil(total / VERIFICATION_PAGE_SIZE));
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00`), { dateStyle: "medium" });
  return (
    <div className="flex flex-col gap-6">
      <PageTitle>{t("verification.title")}</PageTitle>
      <p>{t("verification.intro")}</p>
      <p role="status">{t("verification.count", { total })}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("verification.title")}</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="p-2">{t("verification.volunteer")}</th>
              <th scope="col" className="p-2">{t("verification.profession")}</th>
              <th scope="col" className="p-2">{t("verification.level")}</th>
              <th scope="col" className="p-2">{t("verification.pending")}</th>
              <th scope="col" className="p-2">{t("verification.waitingSince")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.volunteerId} className="border-b align-top">
                <td className="p-2">
                  <Link href={`/coordinator/verification/${r.volunteerId}`} className="text-brand-800 underline">
                    {r.name}
                  </Link>
                </td>
                <td className="p-2">{r.profession ?? "–"}</td>
                <td className="p-2">
                  {t("verification.levelN", { level: r.level })}
                  {r.validUntil ? <div className="text-muted">{t("verification.validUntil", { date: day(r.validUntil) })}</div> : null}
                  {r.expiringSoon ? <div className="font-medium text-danger">{t("verification.expiring")}</div> : null}
                </td>
                <td className="p-2">{r.pendingLicences}</td>
                <td className="p-2">{r.waitingSince ? format.relativeTime(r.waitingSince) : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={t("matches.pagination")} className="flex gap-4">
        {page > 1 ? <Link href={`/coordinator/verification?page=${page - 1}`}>{t("matches.previous")}</Link> : null}
        <span>{t("matches.pageOf", { page, pages })}</span>
        {page < pages ? <Link href={`/coordinator/verification?page=${page + 1}`}>{t("matches.next")}</Link> : null}
      </nav>
    </div>
  );
}
