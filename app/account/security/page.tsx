import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { PageLinks } from "@/components/ui/page-links";
import { SecurityEventTable } from "@/components/account/security-event-table";
import { requirePageActor } from "@/lib/auth/page";
import { listOwnSecurityEvents } from "@/lib/data/accounts/security-log";

export async function generateMetadata() {
  return { title: (await getTranslations("security"))("ownTitle") };
}

export default async function OwnSecurityLogPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePageActor("account.manage");
  const t = await getTranslations("security");
  const { page } = await searchParams;
  const log = await listOwnSecurityEvents(actor, { page: page ?? "1" });
  return (
    <div className="flex flex-col gap-4">
      <PageTitle>{t("ownTitle")}</PageTitle>
      <p className="max-w-2xl">{t("ownIntro")}</p>
      <SecurityEventTable items={log.items} showEmail={false} caption={t("ownTitle")} />
      <PageLinks page={log.page} pages={log.pages} href={(p) => `/account/security?page=${p}`} label={t("pages")} />
    </div>
  );
}
