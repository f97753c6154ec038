import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { LockedNeeds } from "@/lib/data/volunteers/needs-locked-by-level";

/** What verification would open up on "Needs for me", and what unlocks it (issue 18). */
export async function LockedNeedsNote({ locked }: { locked: LockedNeeds }) {
  if (locked.total === 0) return null;
  const t = await getTranslations("everyday.locked");
  return (
    <section aria-labelledby="locked-needs" className="mb-4 rounded-md border border-brand-700 bg-surface p-4">
      <h2 id="locked-needs" className="font-semibold">
        {t("title")}
      </h2>
      <p>{t("intro", { total: locked.total, level: locked.myLevel })}</p>
      <ul className="ml-5 list-disc">
        {locked.byLevel.map((l) => (
          <li key={l.level}>{t("level", { level: l.level, count: l.count })}</li>
        ))}
      </ul>
      <p className="mt-2 text-sm">
        {t("how")}{" "}
        <Link href="/volunteer/licences" className="text-brand-800 underline">
          {t("addLicence")}
        </Link>
      </p>
    </section>
  );
}
