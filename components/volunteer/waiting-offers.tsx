import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getWhen } from "@/lib/i18n/when-server";

export type WaitingOffer = { id: string; needTitle: string; firstDay: string; lastDay: string; offerExpiresAt: Date };

/** An offer lapses by itself (DESIGN rule 5): the dashboard says so first, with the deadline. */
export async function WaitingOffers({ offers }: { offers: WaitingOffer[] }) {
  if (offers.length === 0) return null;
  const t = await getTranslations("everyday.waitingOffers");
  const when = await getWhen();
  return (
    <section aria-labelledby="waiting-offers" className="rounded-card border-2 border-brand-700 bg-surface p-5">
      <h2 id="waiting-offers" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <ul className="mt-2 flex flex-col gap-2">
        {offers.map((o) => (
          <li key={o.id}>
            {t("item", { needTitle: o.needTitle, period: when.days(o.firstDay, o.lastDay), deadline: when.instant(o.offerExpiresAt) })}{" "}
            <Link href={`/volunteer/offers#offer-${o.id}`} className="text-brand-800 underline">
              {t("answer")}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
