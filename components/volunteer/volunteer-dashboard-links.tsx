import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The volunteer's card on the dashboard: the sections in the order a new volunteer needs them. */
export async function VolunteerDashboardLinks() {
  const t = await getTranslations("volunteer");
  const links = ["profile", "licences", "availability", "needs", "interests"] as const;
  return (
    <div className="mt-2">
      <p className="text-sm text-muted">{t("dashboard.links")}</p>
      <ul className="mt-1 list-disc pl-5">
        {links.map((s) => (
          <li key={s}>
            <Link href={`/volunteer/${s}`} className="text-brand-800 underline">
              {t(`nav.${s}`)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
