import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The coordinator's dashboard entries for verification, matches and the audit log (issue #6). */
export async function CoordinatorDashboardLinks() {
  const t = await getTranslations("coordinator.dashboard");
  const links = [
    { href: "/coordinator/verification", label: t("verification") },
    { href: "/coordinator/matches", label: t("matches") },
    { href: "/coordinator/audit", label: t("audit") },
  ];
  return (
    <ul className="mt-2 list-disc pl-5">
      {links.map((l) => (
        <li key={l.href}>
          <Link href={l.href} className="text-brand-800 underline">
            {l.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
